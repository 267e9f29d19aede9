package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// TestRoutesX: a gorilla/mux route's Methods matcher (chained after the
// registration, before it, or on a subrouter) says a GET page, which is
// no provider's delivery; POST routes are still judged.
func TestRoutesX(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer, "handler/routesx/gorillapages")
}
