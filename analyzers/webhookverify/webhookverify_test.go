package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

func TestWebhookVerify(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer,
		"webhookverify/nethttp",
		"webhookverify/chi",
		"webhookverify/gin",
		"webhookverify/echofiber",
		"webhookverify/odd",
		"webhookverify/configured",
		"webhookverify/iface",
		"webhookverify/stripev72",
		"webhookverify/wrapper/hooks",
	)
}
