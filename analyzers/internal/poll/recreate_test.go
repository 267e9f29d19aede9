package poll_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/pollcreate"
)

// TestRecreateAroundHelper: a payment created on every pass of a loop
// that waits for it through a poll helper of another package is
// reported; loops over orders, a wait whose error leaves the loop, a poll
// that ends on a failed state and a poll of another payment stay silent.
func TestRecreateAroundHelper(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, pollcreate.Analyzer, "pollcreate/crosspkg/...")
}
