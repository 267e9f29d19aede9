package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestRoutedV11: a handler of another package that decodes an event and
// marks an invoice paid, verifying nothing, but whose own package names no
// webhook, is a webhook by the route that mounts it: reported on a gin or
// echo route whose path names a webhook or a payment callback with no
// verifying middleware (a sibling route with one does not cover it);
// silent inside a verifying group, with route middleware, on a back-office
// replay path, for a handler that only logs the event, and for one that
// checks the HMAC itself.
func TestRoutedV11(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/routedv11/...")
}
