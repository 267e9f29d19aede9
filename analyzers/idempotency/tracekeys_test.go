package idempotency_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestTraceKeys: a transfer's TraceId and merchant_order_id are the
// provider's own reference; a tracing header or a constant is not.
func TestTraceKeys(t *testing.T) {
	analysistest.Run(t, testdata(t), idempotency.Analyzer, "idempotency/tracekeys")
}
