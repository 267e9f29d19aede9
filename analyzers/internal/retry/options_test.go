package retry_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/internal/retry"
)

// TestLibraryOptions: helpers that hand their callback to a retry library
// are summarised from the library's options (testdata/src/retry/options).
func TestLibraryOptions(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, retry.Analyzer, "retry/options")
}
