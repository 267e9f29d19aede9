package pollcreate

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestSched10: a scheduler charging a batch of due rows on every tick
// (select over tickers, errgroup workers on time.Tick) creates no
// payment again; a ticker loop that creates one payment per pass and
// polls it is reported.
func TestSched10(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "sched10/create")
}
