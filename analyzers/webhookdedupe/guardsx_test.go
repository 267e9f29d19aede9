package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// TestGuardsX: duplicate guards behind helpers of other packages (an
// idempotency package's function, a store type's method) guard their
// caller's effects; helpers answering something else, and interface
// methods with no implementation in sight, guard nothing.
func TestGuardsX(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer, "webhookdedupe/guardsx/hooks")
}
