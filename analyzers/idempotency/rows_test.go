package idempotency_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestRows: workers that re-select pending rows on every pass repeat
// the payment write; the key must come from the row.
func TestRows(t *testing.T) {
	analysistest.Run(t, testdata(t), idempotency.Analyzer, "idempotency/rows", "idempotency/jobs", "idempotency/rowscall", "idempotency/formgateway", "idempotency/rowsfunc")
}
