package handler_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestCrossPackageWebhooks: handlers whose routes are registered in
// another package are known as webhooks by their body (a provider event
// decoded, payment state updated); back-office, buyer-facing and non-HTTP
// look-alikes stay silent.
func TestCrossPackageWebhooks(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/crosspkg/...")
}
