package payment

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// chainProbe reports every call of an interface method that
// chainIfaceRead takes for a chain read.
var chainProbe = &analysis.Analyzer{
	Name: "chainprobe",
	Doc:  "reports chain reads behind interfaces (test only)",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if fn, ok := pass.TypesInfo.Uses[sel.Sel].(*types.Func); ok {
					if e := chainIfaceRead(fn); e != nil {
						pass.Reportf(call.Pos(), "chain read %s", e.Desc)
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

var _ = cases.Add(chainProbe, "ChainIfaceRead", "model/chainiface")
