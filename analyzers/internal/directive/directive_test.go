package directive_test

import (
	"go/ast"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/internal/directive"
)

// demo reports every call of a function named charge, through Report.
var demo = &analysis.Analyzer{
	Name: "demo",
	Doc:  "reports calls of charge",
	Run: func(pass *analysis.Pass) (any, error) {
		directive.CheckIgnores(pass)
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "charge" {
						directive.Reportf(pass, call, "charge called")
					}
				}
				if fd, ok := n.(*ast.FuncDecl); ok && fd.Name.Name == "shipOrder" && !directive.OnFunc(fd, directive.Fulfillment) {
					pass.Reportf(fd.Pos(), "//paylint:fulfillment not seen")
				}
				return true
			})
		}
		return nil, nil
	},
}

// testRegistry stands for the analyzer registry in these tests.
var testRegistry = []string{"demo", "other"}

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestIgnoreDirectives(t *testing.T) {
	t.Cleanup(directive.SetRegistry(testRegistry))
	analysistest.Run(t, testdata(t), demo, "directive/ignore")
}
