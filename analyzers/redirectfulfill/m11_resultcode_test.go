package redirectfulfill_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// TestResultCodeWrapperM11: a 3-D Secure return page calling a wrapper of
// Adyen's /payments/details that hands back (or drops) a result code it
// never tested fulfils a Refused payment; the page testing the code (a
// string, a named constant) and wrappers that err unless Authorised (an
// if, a switch) stay silent.
func TestResultCodeWrapperM11(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, redirectfulfill.Analyzer, "redirectfulfill/m11codes/pages")
}
