package retrybackoff_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/retrybackoff"
)

// TestValueHelpers: a payment call retried at once is busy even when its
// request is built with the SDK's value helpers (square.Int64,
// braintree.NewDecimal) or with calls nested in its own arguments; a
// rate limiter's Wait, a call into another package and a client
// constructor in the loop may still wait.
func TestValueHelpers(t *testing.T) {
	analysistest.Run(t, testdata(t), retrybackoff.Analyzer, "model/r8/busyretry")
}
