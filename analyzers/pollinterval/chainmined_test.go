package pollinterval

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestChainMined: a chain read whose nil error (a found receipt, a
// transaction no longer pending) is the mined state, polled with no
// wait, is a busy poll; a block indexer stays silent.
func TestChainMined(t *testing.T) {
	analysistest.Run(t, testdata(t), Analyzer, "pollinterval/chainmined")
}
