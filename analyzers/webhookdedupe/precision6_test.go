package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// TestPrecision6 covers return pages whose query "token" is an order id
// (not a signature) and duplicate guards behind helper functions.
func TestPrecision6(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer,
		"handler/precision6/tokendedupe",
		"webhookdedupe/guards6",
	)
}
