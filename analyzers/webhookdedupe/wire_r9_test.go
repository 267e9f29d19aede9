package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// TestWiredImportedImpl (h9wire): a Paddle handler on net/http whose
// package imports the use case's package for a value type only
// (credits.Grant) and calls it through its own interface; the
// implementation is in sight but nothing there designates it, so the call
// is judged where app binds it: credits.Store.Book inserts a payment row
// on every delivery (reported at the binding). Look-alikes: the handler
// that claims the notification id first, and the same handler bound to a
// channel queue, stay silent.
func TestWiredImportedImpl(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer, "h9wire/app", "h9wire/queued")
}
