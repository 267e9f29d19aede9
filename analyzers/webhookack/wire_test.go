package webhookack_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookack"
)

// TestWired: a Stripe handler (package stripehook, on chi) that calls a
// use case through an interface field before it answers is reported
// where package server binds it to an implementation that calls a CRM
// over HTTP; the handler that answers first and activates in a goroutine
// stays silent.
func TestWired(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookack.Analyzer, "wirehooks/chiapp/acksrv")
}
