package redirectfulfill_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// TestShopFormH10: the shop's own POST form at a "complete" URL carrying
// no provider return parameter (pay at the counter, invoice) is no return
// page; a POST of 3-D Secure's PaRes/MD, of a status next to the order, of
// a payment id, and a GET return stay reported.
func TestShopFormH10(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, redirectfulfill.Analyzer, "h10shopform")
}
