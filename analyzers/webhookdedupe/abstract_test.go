package webhookdedupe

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestAbstractCredits: a credit (TopUp, AddBonusPoints) through an
// interface whose implementation the package cannot see, handed the
// event's amount in a payment webhook, is repeated on every delivery;
// look-alikes (guarded by the event id, a state set, a dashboard sample,
// points for a daily login) stay silent.
func TestAbstractCredits(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "ifacehooks/abstract/credithooks")
}
