package pollcreate

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestBankFailureStates: a bank transfer returned or reversed is a
// terminal failure; a new one made then is the advice, one made while a
// return is pending is not.
func TestBankFailureStates(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "model/voc/bankstates/resend")
}
