package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFormWrapper: a single-endpoint gateway wrapper of another package
// whose method field is its caller's constant: the call site's method
// classifies the call (a write with its key, a trade query, nothing).
func TestFormWrapper(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/formwrapper/app")
}
