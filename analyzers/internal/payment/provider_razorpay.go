package payment

// razorpaySDK is github.com/razorpay/razorpay-go (checked: v1.4.0).
// Resources hang off the client: client.Payment.Capture(paymentID,
// amount, data, extraHeaders), client.Refund.Create(data, extraHeaders),
// client.Payment.Fetch(paymentID, query, extraHeaders). The SDK sends no
// idempotency key and does not retry; a key header the caller puts in
// extraHeaders is recognised like any key header. A retried write is safe
// only after reading the payment's (or the order's payments') current
// state. Order.Create is a Create but no Write: a second order charges
// nobody, so a retried order create needs no key (idempotency stays
// silent), but an order created while the old one is still polled opens
// a second checkout the buyer can pay too (pollcreate).
var razorpaySDK = &provider{
	SDK:    "razorpay-go",
	Label:  "razorpay",
	Pkgs:   modules{"github.com/razorpay/razorpay-go"},
	Attach: attachHeaders,
	NoKey:  true,
	Funcs: []providerFunc{
		razorpayFunc("Payment", "CreateRecurringPayment", Write|Create, -1, 1),
		razorpayFunc("Order", "Create", Create, -1, 1),
		razorpayFunc("Payment", "Capture", Write, 0, 3),
		// Refunds are writes but not new payments of the buyer.
		razorpayFunc("Payment", "Refund", Write, 0, 3),
		razorpayFunc("Refund", "Create", Write, -1, 1),
		razorpayFunc("Payment", "Fetch", StatusRead, 0, -1),
		razorpayFunc("Order", "Fetch", StatusRead, 0, -1),
		razorpayFunc("Order", "Payments", StatusRead, 0, -1),
	},
	Verifiers: []providerVerifier{
		plainVerifier("github.com/razorpay/razorpay-go/utils", "", "VerifyWebhookSignature", "utils.VerifyWebhookSignature"),
		// The Checkout callback's razorpay_signature (order|payment), a
		// subscription's and a payment link's, and the HMAC they all use.
		plainVerifier("github.com/razorpay/razorpay-go/utils", "", "VerifyPaymentSignature", "utils.VerifyPaymentSignature"),
		plainVerifier("github.com/razorpay/razorpay-go/utils", "", "VerifySubscriptionSignature", "utils.VerifySubscriptionSignature"),
		plainVerifier("github.com/razorpay/razorpay-go/utils", "", "VerifyPaymentLinkSignature", "utils.VerifyPaymentLinkSignature"),
		plainVerifier("github.com/razorpay/razorpay-go/utils", "", "VerifySignature", "utils.VerifySignature"),
	},
}

func razorpayFunc(recv, name string, k Kind, id, key int) providerFunc {
	return providerFunc{
		Pkg:  "github.com/razorpay/razorpay-go/resources",
		Recv: recv, Name: name, Desc: recv + "." + name, Kind: k,
		IDArg: id, KeyArg: key,
	}
}

// razorpayStatuses: the "status" of a payment and of an order (maps in
// v1.4.0; the values are the API's). An authorized payment is refunded
// unless captured: only captured is paid.
var razorpayStatuses = []statusSet{{
	Reads:   []string{"Payment.Fetch", "Order.Payments"},
	Success: []string{"captured"},
	Failure: []string{"failed", "refunded"},
	Pending: []string{"created", "authorized"},
}, {
	Reads:   []string{"Order.Fetch"},
	Success: []string{"paid"},
	Pending: []string{"created", "attempted"},
}}
