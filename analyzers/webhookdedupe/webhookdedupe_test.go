package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

func TestWebhookDedupe(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer,
		"webhookdedupe/nethttp",
		"webhookdedupe/frameworks",
		"webhookdedupe/service/app",
		"webhookdedupe/service/hooks",
		"webhookdedupe/service/fulfil",
		"webhookdedupe/clean/delivery/http",
		"webhookdedupe/clean/local",
		"webhookdedupe/merchant/molliehooks",
		"webhookdedupe/claims",
		"webhookdedupe/increments",
	)
}
