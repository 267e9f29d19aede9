package redirectfulfill_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// TestMoneyRowsReturnParams: a handler reading Checkout.com's return
// parameter (cko-session-id, cko-payment-id) is the buyer's return: a
// fulfilment through the merchant's interface on the query's own result
// is reported; one after the status read from the provider and tested,
// and a page that only renders, stay silent.
func TestMoneyRowsReturnParams(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, redirectfulfill.Analyzer, "mrreturn")
}
