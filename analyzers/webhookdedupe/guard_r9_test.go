package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// TestStoredGuardOred (h9guard/fetchback): a Stripe handler that fetches
// the intent back and loads the booking by the id in its metadata. A
// mail guarded only by the fetched status is reported (the intent says
// succeeded on every delivery); a guard on the stored booking's status
// OR'ed with the fetched status, in either order, stays silent: the
// booking is looked up by the fetched reference, but it is the
// merchant's stored state.
func TestStoredGuardOred(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer, "h9guard/fetchback")
}
