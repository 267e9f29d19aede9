package redirectfulfill

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestUPISuccessCodes: a return page guarded by a UPI gateway's success
// code in the posted form (Paytm's TXN_SUCCESS, PhonePe's
// PAYMENT_SUCCESS) fulfils on the buyer's word; one that reads the
// gateway's status endpoint first does not.
func TestUPISuccessCodes(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "model/voc7/upireturn")
}
