package pollbound

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestContextErrorPolarity: an exit reached only when the read's error is
// nil is no "exit on the error of a call given a context"; `if err != nil
// { return err }` and its else form stay bounds.
func TestContextErrorPolarity(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "pollbound/ctxpolarity")
}
