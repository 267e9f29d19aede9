package payment

// checkoutSDK is Checkout.com's github.com/checkout/checkout-sdk-go
// (checked: v2.4.1, module .../v2, read from the repository at that tag
// because the module proxy does not serve it). Payment calls of the
// default (NAS) API, api.Payments (*payments/nas.Client), take the
// Cko-Idempotency-Key as their last argument, idempotencyKey *string;
// each has a ...WithContext twin with ctx first. nil sends no key; the
// SDK adds none of its own and does not retry. The previous (ABC) API in
// payments/abc is not described.
var checkoutSDK = &provider{
	SDK:     "checkout-sdk-go",
	Label:   "checkout-sdk",
	Pkgs:    modules{"github.com/checkout/checkout-sdk-go"},
	Attach:  attachArg,
	KeyName: "Cko-Idempotency-Key",
	Fix:     "pass an idempotencyKey made once before retrying",
	Funcs: ckoFuncs(
		providerFunc{Name: "RequestPayment", Kind: Write | Create, IDArg: -1, KeyArg: 1},
		providerFunc{Name: "CapturePayment", Kind: Write, IDArg: 0, KeyArg: 2},
		// A refund is a write but not a new payment of the buyer.
		providerFunc{Name: "RefundPayment", Kind: Write, IDArg: 0, KeyArg: 2},
		providerFunc{Name: "GetPaymentDetails", Kind: StatusRead, IDArg: 0, KeyArg: -1},
	),
}

// ckoFuncs: each method and its ...WithContext twin, whose arguments are
// one further on.
func ckoFuncs(fs ...providerFunc) []providerFunc {
	var out []providerFunc
	for _, f := range fs {
		f.Pkg = "github.com/checkout/checkout-sdk-go/v2/payments/nas"
		f.Recv = "Client"
		f.Desc = "Payments." + f.Name
		out = append(out, f)
		f.Name += "WithContext"
		f.Desc += "WithContext"
		if f.IDArg >= 0 {
			f.IDArg++
		}
		if f.KeyArg >= 0 {
			f.KeyArg++
		}
		out = append(out, f)
	}
	return out
}

// checkoutStatuses: the payments.PaymentStatus constants (checked in
// v1.0.18, the same in v2). Authorized is Checkout.com's approved
// payment (captured by default).
var checkoutStatuses = []statusSet{{
	Reads:   []string{"Payments.GetPaymentDetails", "Payments.GetPaymentDetailsWithContext"},
	Success: []string{"Authorized", "Captured", "Partially Captured", "Paid"},
	Failure: []string{"Declined", "Canceled", "Expired", "Voided", "Refunded"},
	Pending: []string{"Pending", "Requested"},
}}
