package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestVfTerminal: a terminal payment state other than paid (a failed
// payout, a refund, a cancellation) stored through the merchant's
// interface or SQL after only the error of PayPal's
// VerifyWebhookSignature was checked; a refund with no check at all.
// The verdict compared (inline, in a helper, in a switch), a log or mail,
// a failure counter and an unchecked failure stay silent.
func TestVfTerminal(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/vfterminal")
}
