package retry_test

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/retry"
)

// buildProbe reports every function summarised as rebuilding what it
// sends from a callback per attempt (the BuildFact other packages see).
var buildProbe = &analysis.Analyzer{
	Name:     "buildprobe",
	Doc:      "reports the helpers that rebuild their request per attempt",
	Requires: []*analysis.Analyzer{retry.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[retry.Analyzer].(*retry.Result)
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				if fn, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func); fn != nil {
					if k := res.Rebuilds(fn); k >= 0 {
						pass.Reportf(fd.Name.Pos(), "rebuilds from parameter %d per attempt", k)
					}
				}
			}
		}
		return nil, nil
	},
}

// RebuildFacts: do and httpx.Do call their builder inside the loop
// that goes round on the send's failure; a builder called before the
// loop, or by a sender that does not loop, gives no summary.
var _ = cases.Add(buildProbe, "RebuildFacts", "model/buildcb/probe")
