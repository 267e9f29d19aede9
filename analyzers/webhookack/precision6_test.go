package webhookack_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookack"
)

// TestPrecision6: a return page whose query "token" is an order id is no
// webhook; a webhook checked by a token header still is.
func TestPrecision6(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookack.Analyzer, "handler/precision6/tokenack")
}
