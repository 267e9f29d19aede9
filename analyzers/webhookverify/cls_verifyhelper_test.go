package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestVerifyHelper: a handler that stops on a nil result of a helper that
// verifies with a known verifier is not reported; a helper's results left
// unchecked, or a nil check of a helper that verifies nothing, is.
func TestVerifyHelper(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/verifyhelper")
}
