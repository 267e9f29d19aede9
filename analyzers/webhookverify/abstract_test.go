package webhookverify

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestAbstractEffects: a store behind an interface whose implementation
// the package cannot see, handed a paid status or the event's own status
// in a payment webhook, stores a payment state; look-alikes (a state that
// is no payment's, a logger, a counter, a notifier, a verified webhook, a
// CI provider's webhook, a visible implementation, a test's fake
// provider) stay silent.
func TestAbstractEffects(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "ifacehooks/abstract/statehooks", "ifacehooks/abstract/cihooks",
		"ifacehooks/abstract/localimpl", "ifacehooks/abstract/namedevent")
}
