package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// TestBuilderInserts: a ledger or credit row added through bun's
// InsertQuery or ent's generated create builder repeats on every
// delivery; an insert made an upsert (bun On/Ignore, ent OnConflict) and
// a status set through bun's UpdateQuery do not.
func TestBuilderInserts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer, "model/r8/builderinserts")
}
