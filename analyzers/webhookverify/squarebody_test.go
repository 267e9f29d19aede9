package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestSquareEmptyBody: Square's Webhooks.VerifySignature answers nil for
// an empty body; a handler that acts without requiring a body is
// reported, one that rejects an empty body or stops on a decode error is
// not, nor another provider's verifier.
func TestSquareEmptyBody(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/squarebody")
}
