package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestProviders: the webhook verifiers of Adyen, Razorpay, Square,
// Braintree, Mercado Pago, official Mollie and PayPal (whose error alone
// is not the verdict) and GoCardless's verifying handler: enforced,
// ignored, only logged, error-only.
func TestProviders(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/providers")
}
