package poll_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestAttemptsGaps2: a wait kept in an unexported field is known when
// every write of it in the package is a constant; a loop whose other
// calls are the package's own helpers that never wait is busy.
func TestAttemptsGaps2(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, describeAttempts, "poll/attempts2")
}
