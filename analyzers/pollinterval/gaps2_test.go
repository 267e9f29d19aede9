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
