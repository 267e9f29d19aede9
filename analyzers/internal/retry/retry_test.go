package retry_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/retry"
)

// probe reports, at every call of a function named send or sendErr, the
// constructs that repeat it.
var probe = &analysis.Analyzer{
	Name:     "retryprobe",
	Doc:      "reports the retry constructs around calls of send",
	Requires: []*analysis.Analyzer{retry.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[retry.Analyzer].(*retry.Result)
		reportHelpers(pass, res)
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
				if fn == nil || (fn.Name() != "send" && fn.Name() != "sendErr") {
					return true
				}
				var parts []string
				for _, c := range res.Around(call) {
					parts = append(parts, fmt.Sprintf("%s (line %d)", c.By(), pass.Fset.Position(c.Pos).Line))
				}
				if len(parts) > 0 {
					pass.Reportf(call.Pos(), "send: %s", strings.Join(parts, "; "))
				}
				return true
			})
		}
		return nil, nil
	},
}

var _ = cases.Add(probe, "RetryModel",
	"retry/loops", "retry/recursion", "retry/libs",
	"retry/crosspkg/retryx", "retry/crosspkg/use", "retry/failedrows")

// reportHelpers reports, in the crosspkg packages, the helper summary of
// every function that has one (the fact other packages import).
func reportHelpers(pass *analysis.Pass, res *retry.Result) {
	if !strings.Contains(pass.Pkg.Path(), "crosspkg") {
		return
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			if fn, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func); fn != nil {
				if h := res.Helper(fn); h != nil {
					pass.Reportf(fd.Name.Pos(), "%s", h)
				}
			}
		}
	}
}
