package retry_test

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/retry"
)

// sideProbe reports, per function, its helper summary and its builder
// parameter (the facts its callers' calls are judged by).
var sideProbe = &analysis.Analyzer{
	Name:     "sideprobe",
	Doc:      "reports helper and builder facts",
	Requires: []*analysis.Analyzer{retry.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[retry.Analyzer].(*retry.Result)
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				fn, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
				if fn == nil {
					continue
				}
				if h := res.Helper(fn); h != nil {
					pass.Reportf(fd.Name.Pos(), "helper %s", h)
				}
				if k := res.Rebuilds(fn); k >= 0 {
					pass.Reportf(fd.Name.Pos(), "rebuilds %d", k)
				}
			}
		}
		return nil, nil
	},
}

// RFP1SideReader: a function repeating its own request that reads a
// func parameter only after an error answer (in the then of a failure
// test, the else of a success test) is no retry helper and no builder
// of that parameter; a callback the loop repeats, a builder called at the
// top of each attempt and a predicate handed the answer stay what they
// are (testdata/src/retry/rfp1side).
var _ = cases.Add(sideProbe, "RFP1SideReader", "retry/rfp1side")
