package pollinterval

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestRealCodeChain: on-chain receipts and Lightning invoices polled, also
// through an interface declared with go-ethereum's own types.
func TestRealCodeChain(t *testing.T) {
	analysistest.Run(t, testdata(t), Analyzer, "pollinterval/realcodechain", "pollinterval/recursionloop", "pollinterval/sameid", "pollinterval/chainiface")
}
