package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// RowsDone: workers over pending rows (compound states such as
// noshow_pending, the row updated on success) whose client makes a new
// key per call; keys from the row, failures recorded on the row, a
// stopped worker, no pending state and rows that are no payments stay
// silent.
var _ = cases.Add(idempotency.Analyzer, "RowsDone", "idempotency/rowsdone")
