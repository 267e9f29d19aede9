package retry_test

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

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

// TestRebuildFacts: do and httpx.Do call their builder inside the loop
// that goes round on the send's failure; a builder called before the
// loop, or by a sender that does not loop, gives no summary.
func TestRebuildFacts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, buildProbe, "model/buildcb/probe")
}
