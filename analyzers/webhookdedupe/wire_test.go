package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// TestWired: a Stripe handler (package stripehook, on chi) that calls a
// use case through an interface field with the event's values and no
// duplicate guard is reported where package server binds it to an
// implementation that inserts a ledger row and credits a balance; the
// handler that claims the event id in redis first (SetNX) stays silent.
func TestWired(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer, "wirehooks/chiapp/server")
}
