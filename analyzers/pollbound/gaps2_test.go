package pollbound

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestGaps2: a request literal wrapping the id is named by the wrapped
// variable; a read retried in a tagless switch that returns on the first
// 200 is not a poll; a recursive poll is bounded by what bounds a loop
// (a read given the caller's context whose error leaves, ctx.Err()), and
// unbounded when its read is detached (ctxsame).
func TestGaps2(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "pollbound/gaps2/...")
}
