package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestOnceH10: an unverified handler is reported once per verdict, at its
// first effect in source order (three writes in a row; writes in two
// branches); a second handler is a second report; a verified handler with
// several writes stays silent.
func TestOnceH10(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "h10vfyonce")
}
