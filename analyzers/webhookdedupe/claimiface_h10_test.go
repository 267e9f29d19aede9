package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// TestClaimIfaceH10: a claim asked through the domain's interface whose
// only implementation here inserts the event ON CONFLICT DO NOTHING guards
// the effect in its positive block as after an early return; an unchecked
// claim, an implementation bumping a counter and an interface implemented
// nowhere in sight guard nothing.
func TestClaimIfaceH10(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer, "h10claimiface")
}
