package webhookack_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookack"
)

// TestInstalmentCallback: an instalment (buy now, pay later) provider's
// callback is a payment webhook, so a capture before the answer is
// reported; the customer's GET page of the plan's notifications is no
// webhook and stays silent.
func TestInstalmentCallback(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookack.Analyzer, "model/ha/bnplhooks")
}
