package idempotency

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestHBInlineRepay: a refund sent on every pass of a loop whose poll,
// written in place, falls through on its own deadline is a retry of the
// same refund: a key made from the pass counter is reported; one key for
// every pass stays silent.
func TestHBInlineRepay(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "pollcreate/hb/repaykey")
}
