package retrystatus_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/retrystatus"
)

// TestRowsDone: workers over pending rows that update the row on
// success and only log a failure send a refused write again every pass;
// a failure recorded on the row, a stopped worker, a select of no
// pending state or rows that are no payments stay silent.
func TestRowsDone(t *testing.T) {
	analysistest.Run(t, testdata(t), retrystatus.Analyzer, "retrystatus/rowsdone")
}
