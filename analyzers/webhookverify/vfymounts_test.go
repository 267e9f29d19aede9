package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestVfyMounts: a handler of this package mounted both behind a
// verifying middleware (echo Group(prefix, mw) or g.Use, trailing route
// middleware, gin route middleware, chi With, a fiber group) and on a
// route outside it is reported, naming that route; gin's and fiber's
// chained Group(...).Use(verify) covers its routes.
func TestVfyMounts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/vfymounts")
}
