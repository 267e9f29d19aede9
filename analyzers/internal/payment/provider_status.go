package payment

// Provider-scoped payment statuses. The global vocabulary (status.go)
// matches stems, and some words mean different things to different
// providers: Mercado Pago's "approved" is paid, PayPal's order APPROVED
// (the buyer approved, capture needed) and Square's payment APPROVED
// (authorized, not captured) are not. A provider table's status read
// declares the terminal success, failure and pending values of what it
// returns; a poll of that read is judged by them first.

// StatusClass is what a status value means for a provider.
type StatusClass int

// Status classes.
const (
	// StatusUnknown: the provider does not define the value (the global
	// vocabulary decides).
	StatusUnknown StatusClass = iota
	// StatusSuccess: the buyer has paid (terminal).
	StatusSuccess
	// StatusFailure: the payment ended without being paid, or was
	// reversed (terminal: failed, canceled, expired, refunded…).
	StatusFailure
	// StatusPending: not final yet, including authorized but not captured.
	StatusPending
)

// statusSet lists the values the status reads named in Reads (their
// providerFunc.Desc: "payment.Get") return, by class. Values are compared
// as normStatus does (case, "_", "-" and spaces ignored).
type statusSet struct {
	Reads                     []string
	Success, Failure, Pending []string
}

// class returns what v means in the set.
func (s *statusSet) class(v string) StatusClass {
	if s == nil {
		return StatusUnknown
	}
	n := normStatus(v)
	for _, c := range []struct {
		vals []string
		cl   StatusClass
	}{{s.Success, StatusSuccess}, {s.Failure, StatusFailure}, {s.Pending, StatusPending}} {
		for _, x := range c.vals {
			if normStatus(x) == n {
				return c.cl
			}
		}
	}
	return StatusUnknown
}

// providerStatuses are the statuses each provider table declares (in its
// provider_<name>.go), kept beside the table rather than in it.
var providerStatuses = map[*provider][]statusSet{
	mercadopagoSDK:   mercadopagoStatuses,
	adyenSDK:         adyenStatuses,
	paypalSDK:        paypalStatuses,
	squareSDK:        squareStatuses,
	gocardlessSDK:    gocardlessStatuses,
	mollieSDK:        mollieStatuses,
	mollieGoSDK:      mollieStatuses,
	razorpaySDK:      razorpayStatuses,
	braintreeSDK:     braintreeStatuses,
	checkoutSDK:      checkoutStatuses,
	xenditSDK:        xenditStatuses,
	midtransSDK:      midtransStatuses,
	gopaySDK:         gopayStatuses,         // gopay.go
	xenditInvoiceSDK: xenditInvoiceStatuses, // xenditinvoice.go
	// provider_xendit.go: a disbursement sends money out; no read of
	// its state is modelled.
	xenditDisbursementSDK: nil,
	paddleSDK:             paddleStatuses,    // provider_paddle.go
	alipaySDK:             alipayStatuses,    // provider_alipay.go
	wechatpaySDK:          wechatpayStatuses, // provider_wechatpay.go
}

// statusReads maps the Desc of a provider op ("mercadopago payment.Get")
// to the statuses its result carries.
var statusReads = func() map[string]*statusSet {
	m := map[string]*statusSet{}
	for p, sets := range providerStatuses {
		for i := range sets {
			for _, d := range sets[i].Reads {
				m[p.Label+" "+d] = &sets[i]
			}
		}
	}
	return m
}()

// ProviderStatus tells what s, a value compared with the status that op
// read, means to op's provider SDK: StatusUnknown when op is not a status
// read of a provider table (stripe-go, HTTP, a wrapper: a wrapper may map
// the provider's states to words of its own) or the SDK does not define s.
// A REST read whose statuses are provider data (provider_pix.go) is
// judged by them, directly or through a wrapper.
func ProviderStatus(op *Op, s string) StatusClass {
	if op == nil || !op.Kind.Has(StatusRead) {
		return StatusUnknown
	}
	if set := restStatusSet(op); set != nil {
		return set.class(s) // a REST API's own words, also through a wrapper (provider_pix.go)
	}
	if op.Via != nil {
		return StatusUnknown
	}
	return statusReads[op.Desc].class(s)
}

// pendingOnly holds the values (folded) that some provider table declares
// pending and none declares paid or failed, nor the shared vocabulary
// paid: Alipay's WAIT_BUYER_PAY, WeChat Pay's NOTPAY and USERPAYING.
var pendingOnly = func() map[string]bool {
	pending, terminal := map[string]bool{}, map[string]bool{}
	for _, sets := range providerStatuses {
		for _, s := range sets {
			for _, v := range s.Pending {
				pending[normStatus(v)] = true
			}
			for _, v := range append(append([]string(nil), s.Success...), s.Failure...) {
				terminal[normStatus(v)] = true
			}
		}
	}
	for v := range pending {
		if terminal[v] || successStatuses[v] {
			delete(pending, v)
		}
	}
	return pending
}()

// PendingStatus reports whether a provider table declares s a state
// before payment (and no provider a terminal one): a stored order still
// in it has not been paid, whatever the merchant's code calls it.
func PendingStatus(s string) bool { return pendingOnly[normStatus(s)] }
