package webhookverify

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestIfaceEffects: use cases behind interfaces in webhooks (an
// implementation in the package that stores the paid state; a use case
// named as a payment state and handed the event, in a webhook known as a
// payment provider's by other signs) are the webhook's effects;
// look-alikes (a mail, a record of the event, a query, a query parameter,
// a webhook with no payment sign, an unseen implementation with no sign, a
// verified webhook, an account route) stay silent.
func TestIfaceEffects(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "ifacehooks/delivery", "ifacehooks/local")
}
