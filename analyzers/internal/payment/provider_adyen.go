package payment

// adyenSDK is github.com/adyen/adyen-go-api-library (checked: v21.2.0,
// module github.com/adyen/adyen-go-api-library/v21). Checkout calls take
// a request built from an XxxApiInput value (payments, details, sessions,
// captures, refunds, payment links):
//
//	req := client.Checkout().PaymentsApi.PaymentsInput().IdempotencyKey(k).PaymentRequest(r)
//	res, httpRes, err := client.Checkout().PaymentsApi.Payments(ctx, req)
//
// A key is attached with the builder's IdempotencyKey(k), or (deprecated)
// with a context made by common.WithIdempotencyKey(ctx, k). The SDK adds
// no key of its own and does not retry. The payment acted on (a PSP
// reference, a payment link id) is the argument of the input's
// constructor: CaptureAuthorisedPaymentInput(pspReference). Checkout has
// no read of one payment by PSP reference; a payment link's status is
// read with GetPaymentLink.
var adyenSDK = &provider{
	SDK:     "adyen-go-api-library",
	Label:   "adyen",
	Pkgs:    modules{"github.com/adyen/adyen-go-api-library"},
	Attach:  attachBuilder,
	Builder: "Input",
	Fix:     "set the request's IdempotencyKey(key) to a key made once before retrying",
	Funcs: []providerFunc{
		adyenFunc("PaymentsApi", "Payments", Write|Create, false),
		adyenFunc("PaymentsApi", "PaymentsDetails", Write, false),
		// POST /sessions opens a payment session for Drop-in, a payable
		// object the shopper pays like a payment link.
		adyenFunc("PaymentsApi", "Sessions", Write|Create, false),
		adyenFunc("ModificationsApi", "CaptureAuthorisedPayment", Write, true),
		// A refund is a write but not a new payment of the buyer.
		adyenFunc("ModificationsApi", "RefundCapturedPayment", Write, true),
		adyenFunc("PaymentLinksApi", "PaymentLinks", Write|Create, false),
		adyenFunc("PaymentLinksApi", "GetPaymentLink", StatusRead, true),
	},
	Verifiers: []providerVerifier{
		plainVerifier("github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator", "", "ValidateHmac", "hmacvalidator.ValidateHmac"),
		plainVerifier("github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator", "", "ValidateHmacPayload", "hmacvalidator.ValidateHmacPayload"),
	},
}

// adyenFunc describes a checkout service method: (ctx, XxxApiInput).
func adyenFunc(api, name string, k Kind, id bool) providerFunc {
	// The input (argument 1) carries the key and the payment's id.
	return providerFunc{
		Pkg:  "github.com/adyen/adyen-go-api-library/v21/src/checkout",
		Recv: api, Name: name, Desc: api + "." + name, Kind: k,
		IDArg: -1, IDInBuilder: id, KeyArg: 1,
	}
}

// adyenStatuses: a payment link's status (PaymentLinkResponse.Status; the
// allowed values in v21.2.0 are active, completed, expired, paid,
// paymentPending). "active" is a link still open for payment, not an
// active (paid) subscription.
var adyenStatuses = []statusSet{{
	Reads:   []string{"PaymentLinksApi.GetPaymentLink"},
	Success: []string{"completed", "paid"},
	Failure: []string{"expired"},
	Pending: []string{"active", "paymentPending"},
}}
