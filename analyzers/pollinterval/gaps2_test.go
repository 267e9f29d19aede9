package pollinterval

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestGaps2: an interval kept in an unexported field set from constants
// is known; a loop whose only other calls cannot wait (the read's own
// request builder, the package's getters) is busy.
func TestGaps2(t *testing.T) {
	analysistest.Run(t, testdata(t), Analyzer, "pollinterval/gaps2/...")
}

// TestGaps3: a generic resource (an order) polled until goods words
// (shipped, packed, ready) is not a payment poll; the same order polled
// until paid, or a payment resource, is.
func TestGaps3(t *testing.T) {
	analysistest.Run(t, testdata(t), Analyzer, "pollinterval/gaps3/...")
}
