package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestMounts: webhook handlers of package hooks that verify nothing
// themselves are judged per route where other packages mount them:
// reported at a mount no verifying middleware covers (plain, a sibling
// route outside a verifying group), silent behind group middleware, chi
// With, a verifying wrapper of another package, gin route middleware in
// main, on a router handed in by a caller, or when the mount is not
// understood (a route table); a buyer endpoint is silent everywhere.
func TestMounts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/mounts/...")
}
