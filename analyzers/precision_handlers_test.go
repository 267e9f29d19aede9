package analyzers_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/redirectfulfill"
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestPrecisionHandlers runs the handler rules over realistic handler code
// that must stay silent (testdata/src/precision/handlers): success pages,
// checked return handlers, OAuth and e-mail flows, admin endpoints,
// verified webhooks of every shape. Any diagnostic fails the test.
func TestPrecisionHandlers(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(filepath.Join(dir, "src", "precision", "handlers"))
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for _, e := range entries {
		if e.IsDir() {
			pkgs = append(pkgs, "precision/handlers/"+e.Name())
		}
	}
	if len(pkgs) == 0 {
		t.Fatal("no precision cases")
	}
	analysistest.Run(t, dir, redirectfulfill.Analyzer, pkgs...)
	analysistest.Run(t, dir, webhookverify.Analyzer, pkgs...)
}

// TestPrecisionHandlersRecall: what the fixes made for the precision
// corpus must still report (testdata/src/precision/handlersrecall, with
// `// want` lines).
func TestPrecisionHandlersRecall(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, redirectfulfill.Analyzer, "precision/handlersrecall/commaok")
	analysistest.Run(t, dir, webhookverify.Analyzer, "precision/handlersrecall/delegate", "precision/handlersrecall/verifyshapes")
}
