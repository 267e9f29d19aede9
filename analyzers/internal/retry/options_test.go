package retry_test

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/retry"
)

// LibraryOptions: helpers that hand their callback to a retry library
// are summarised from the library's options (testdata/src/retry/options).
var _ = cases.Add(retry.Analyzer, "LibraryOptions", "retry/options")

// rhttpProbe reports, per retryablehttp client made into a variable,
// whether it retries with no wait.
var rhttpProbe = &analysis.Analyzer{
	Name: "rhttpprobe",
	Doc:  "test: retryablehttp waits",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, file := range pass.Files {
			for _, d := range file.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					as, ok := n.(*ast.AssignStmt)
					if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 {
						return true
					}
					v, _ := pass.TypesInfo.Defs[as.Lhs[0].(*ast.Ident)].(*types.Var)
					pass.Reportf(as.Rhs[0].Pos(), "no wait=%v", retry.RetryableHTTPNoWait(pass.TypesInfo, as.Rhs[0], v, fd.Body))
					return true
				})
			}
		}
		return nil, nil
	},
}

var _ = cases.Add(rhttpProbe, "RetryableHTTPWait", "retry/rhttp")
