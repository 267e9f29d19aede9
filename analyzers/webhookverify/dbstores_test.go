package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestDBStores: a webhook storing the paid state in mongo, bun or redis
// acts on the payment; a user's presence status does not.
func TestDBStores(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/dbstores")
}
