package pollcreate

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestGaps2: a loop that opens a charge and waits for it through a
// helper whose callback ends on a decline is reported when a wait that
// gives up while the charge is pending (its own timeout, a failed read)
// goes round, even past a check of the decline; loops that go round only
// after a decline or over items stay silent.
func TestGaps2(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "pollcreate/gaps2/...")
}

// TestGaps3: a payout re-sent inside the loop that polls it is reported
// like a charge; a payout or refund of another resource is not. A loop
// that pays, then waits through a function of the package that stops
// while the payment is pending ((false, nil), "open"), and goes round to
// pay again is reported; one that leaves on that answer is not.
func TestGaps3(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "pollcreate/gaps3/...")
}
