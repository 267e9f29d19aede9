package idempotency_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestClientConfig: resty clients configured to retry where a
// constructor builds them (a default count, a count in a local, a status
// condition) retry the payment writes sent through their field; a zero
// default, a condition choosing by method, a caller's key, reads only
// and a caller's count stay silent.
func TestClientConfig(t *testing.T) {
	analysistest.Run(t, testdata(t), idempotency.Analyzer, "idempotency/clientcfg")
}
