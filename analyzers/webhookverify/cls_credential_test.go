package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestCredentials: a shared secret or HTTP Basic credentials compared with
// the configured ones, the failure rejected (in the handler or in a
// middleware), is the documented check of providers that sign nothing.
func TestCredentials(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/sharedsecret", "webhookverify/basicauth")
}
