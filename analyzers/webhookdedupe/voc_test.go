package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// TestVocabulary: a game currency or a balance hash added to, event
// tickets issued, a payment row booked on every delivery; counters,
// earned experience, helpdesk tickets, logs and keyed inserts stay silent.
func TestVocabulary(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer, "webhookdedupe/voc")
}
