package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// Providers: the webhook verifiers of Adyen, Razorpay, Square,
// Braintree, Mercado Pago, official Mollie and PayPal (whose error alone
// is not the verdict) and GoCardless's verifying handler: enforced,
// ignored, only logged, error-only.
var _ = cases.Add(webhookverify.Analyzer, "Providers", "webhookverify/providers")
