package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestFactories: webhooks mounted behind a middleware factory of another
// package (chi With/Use, gin/echo/fiber route, group and app middleware) are
// silent when the middleware the factory returns (a literal, a local
// func, a method value) verifies, reported behind a logging one or a
// factory that verifies on some returns only. Effects handed as a
// callback (or a handler value) to a helper that verifies first, here or
// in another package, are silent; a helper that calls it before
// verifying, also on failure, or after only logging the verdict leaves
// them reported; one whose check paylint cannot judge keeps them silent.
func TestFactories(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/factory/hooks", "webhookverify/factory/fw")
}
