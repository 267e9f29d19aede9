package poll_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestLibraryOptions: per retry-library option set, the poll's bound and
// wait as the real library behaves (see testdata/src/poll/options).
func TestLibraryOptions(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, describe, "poll/options", "poll/options/v5", "poll/options/retrygo", "poll/options/goretry")
}
