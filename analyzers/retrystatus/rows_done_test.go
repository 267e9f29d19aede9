package retrystatus_test

import (
	"github.com/paylint/paylint/analyzers/retrystatus"
)

// RowsDone: workers over pending rows that update the row on
// success and only log a failure send a refused write again every pass;
// a failure recorded on the row, a stopped worker, a select of no
// pending state or rows that are no payments stay silent.
var _ = cases.Add(retrystatus.Analyzer, "RowsDone", "retrystatus/rowsdone")
