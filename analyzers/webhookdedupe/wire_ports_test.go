package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// TestWiredPorts: a verified top-up webhook (package hooks) settles
// through a port with no duplicate guard; hooks.Mount stores the port it
// is handed in the handler's field and returns nothing, and
// topups.NewLedger returns the interface: the binding package sees the
// implementation through what Mount stores and what NewLedger returns
// (a ledger crediting the balance on every call), reported there. Silent:
// a constructor returning a logger, one returning either implementation,
// a register function storing a wrapper of its parameter.
func TestWiredPorts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer, "wirehooks/ports/...")
}
