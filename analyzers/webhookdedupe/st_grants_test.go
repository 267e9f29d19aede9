package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// TestRepeatedGrants: entitlement counts, earnings and reward rows raised
// on every delivery, and the look-alikes that repeat harmlessly.
func TestRepeatedGrants(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer, "webhookdedupe/stgrants")
}
