package retrybackoff_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/retrybackoff"
)

// TestPortBindings: a loop retrying a call through an interface at once,
// with no cap, is reported at main's binding of a payment implementation
// (an Adyen-style capture bound by a keyed literal); the paced, capped
// loop of the same type, and the same busy loop bound to an in-memory
// cache in another main, stay silent, as do the packages of the calls.
func TestPortBindings(t *testing.T) {
	analysistest.Run(t, testdata(t), retrybackoff.Analyzer, "port11r/...")
}
