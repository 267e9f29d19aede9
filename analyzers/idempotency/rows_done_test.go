package idempotency_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestRowsDone: workers over pending rows (compound states such as
// noshow_pending, the row updated on success) whose client makes a new
// key per call; keys from the row, failures recorded on the row, a
// stopped worker, no pending state and rows that are no payments stay
// silent.
func TestRowsDone(t *testing.T) {
	analysistest.Run(t, testdata(t), idempotency.Analyzer, "idempotency/rowsdone")
}
