package idempotency

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestRebuiltPerAttempt: a sender that calls the function building its
// request (or body) on every attempt retries the payment op of each call
// site; a key made inside that function is made per attempt. A key made
// before or handed in, a builder called once, a sender that does not
// loop, a status read and requests that move no money stay silent
// (model/buildcb).
func TestRebuiltPerAttempt(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "model/buildcb/reqcb", "model/buildcb/httpx", "model/buildcb/usex")
}
