package analyzers_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/internal/handler"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/redirectfulfill"
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// handlerRules runs redirectfulfill and webhookverify on one pass, so the
// corpus is loaded and the shared models are built once.
var handlerRules = &analysis.Analyzer{
	Name:     "handlerrules",
	Doc:      "redirectfulfill and webhookverify together (test only)",
	Requires: []*analysis.Analyzer{payment.Analyzer, handler.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, a := range []*analysis.Analyzer{redirectfulfill.Analyzer, webhookverify.Analyzer} {
			if _, err := a.Run(pass); err != nil {
				return nil, err
			}
		}
		return nil, nil
	},
}

// TestPrecisionHandlers runs the handler rules over realistic handler code
// that must stay silent (testdata/src/precision/handlers: success pages,
// checked return handlers, OAuth, e-mail and seller-onboarding flows,
// admin endpoints, verified webhooks of every shape; any diagnostic
// fails), and over the recall guards of the fixes made for it
// (testdata/src/precision/handlersrecall, with `// want` lines).
func TestPrecisionHandlers(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for _, sub := range []string{"handlers", "handlersrecall"} {
		entries, err := os.ReadDir(filepath.Join(dir, "src", "precision", sub))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() {
				pkgs = append(pkgs, "precision/"+sub+"/"+e.Name())
			}
		}
	}
	if len(pkgs) < 20 {
		t.Fatalf("only %d precision packages found", len(pkgs))
	}
	analysistest.Run(t, dir, handlerRules, pkgs...)
}
