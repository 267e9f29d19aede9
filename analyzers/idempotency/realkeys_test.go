package idempotency_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestRealKeys: retries keyed by the field the provider dedupes on
// (out_trade_no, sender_batch_id, correlationID, reference).
func TestRealKeys(t *testing.T) {
	analysistest.Run(t, testdata(t), idempotency.Analyzer, "idempotency/realkeys")
}
