package webhookack_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookack"
)

func TestWebhookAck(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookack.Analyzer,
		"webhookack/nethttp",
		"webhookack/frameworks",
		"webhookack/service/hooks",
		"webhookack/service/shipping",
		"webhookack/clean/delivery",
		"webhookack/merchant/squarehooks",
		"webhookack/tokenread/hooks", // a status read whose sender fetches a token first is one read
	)
}
