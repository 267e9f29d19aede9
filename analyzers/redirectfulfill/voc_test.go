package redirectfulfill

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestBankSuccessState: a return page guarded by the query string's
// "executed" (a bank payment carried out) fulfils on the buyer's word.
func TestBankSuccessState(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "model/voc/bankstates/returnpage")
}
