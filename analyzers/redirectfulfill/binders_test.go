package redirectfulfill_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// TestBinders: a return page reading the redirect through fasthttp's
// QueryArgs/PostArgs, or through a struct a binder fills, trusts the
// query; a shipment status, a JSON body and a search form are no return.
func TestBinders(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, redirectfulfill.Analyzer, "redirectfulfill/fasthttpargs", "redirectfulfill/bound", "redirectfulfill/boundreturn")
}
