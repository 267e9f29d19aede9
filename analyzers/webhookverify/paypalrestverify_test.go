package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// PayPalRESTVerify: PayPal webhooks verified over plain REST.
var _ = cases.Add(webhookverify.Analyzer, "PayPalRESTVerify", "paypalrestverify/...")
