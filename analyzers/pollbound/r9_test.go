package pollbound

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestR9: an exit on a failed store write made once the payout is final
// is no bound (finalwrite); an exit only on the success of a provider's
// group of states that also defines failures is success-only
// (stategroup); a loop calling, every tick, a function of another
// package that reads one payout per row polls no single payout (sweeps).
func TestR9(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "pollbound/r9/finalwrite", "pollbound/r9/stategroup", "pollbound/r9/sweeps/sched")
}
