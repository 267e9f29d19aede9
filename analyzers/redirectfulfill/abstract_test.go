package redirectfulfill

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestAbstractEffects: on a success-redirect page, a service behind an
// interface whose implementation the package cannot see that unlocks,
// issues or stores a paid state where a query or form parameter was
// tested against a paid value fulfils the order; look-alikes (no paid
// test, a pending state, the payment read back from the provider, an
// e-mail confirmation link) stay silent.
func TestAbstractEffects(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "ifacehooks/abstract/returns", "ifacehooks/abstract/startpages")
}
