package pollinterval

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestLibraryOptions: waits set by retry-library options (a ZeroBackOff
// polls at once).
func TestLibraryOptions(t *testing.T) {
	analysistest.Run(t, testdata(t), Analyzer, "pollinterval/zerobackoff")
}
