package pollinterval

// Providers: fast polls of the status reads of the provider SDKs
// known to the payment model (provider_*.go). Suggested fixes are
// checked by TestPollInterval; here only the findings.
var _ = cases.Add(Analyzer, "Providers",
	"pollinterval/providers/gocardless",
	"pollinterval/providers/adyen",
	"pollinterval/providers/square",
	"pollinterval/providers/mollie",
	"pollinterval/providers/braintree",
	"pollinterval/providers/razorpay",
	"pollinterval/providers/paypal",
	"pollinterval/providers/mercadopago",
	"pollinterval/providers/midtrans",
	"pollinterval/providers/checkout",
	"pollinterval/providers/xendit",
)
