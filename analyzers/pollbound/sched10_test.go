package pollbound

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestSched10: schedulers (time.Tick, errgroup workers, robfig/cron)
// calling a function that charges a batch of due rows, one payment per
// row, poll no single payment; a loop following one payment through a
// function that reads it (alone or after a batch) stays a poll.
func TestSched10(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "sched10/bound")
}
