package redirectfulfill_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// TestDBStores: the order marked paid (or the plan granted) through ent
// or redis from a success redirect is a fulfilment; an address, a KYC
// status, a session or a cache entry is not.
func TestDBStores(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, redirectfulfill.Analyzer, "redirectfulfill/dbstores")
}
