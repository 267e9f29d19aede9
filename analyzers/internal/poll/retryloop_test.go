package poll_test

import (
	"fmt"
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/poll"
)

// describeAttempts reports, at every for loop and backoff.Retry call,
// what poll.Attempts finds: waits (or busy), and whether it is bounded.
var describeAttempts = &analysis.Analyzer{
	Name: "describeattempts",
	Doc:  "test: describe attempt loops",
	Run: func(pass *analysis.Pass) (any, error) {
		a := poll.NewAttempts(pass, fakeOps(pass))
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n.(type) {
				case *ast.ForStmt, *ast.CallExpr:
				default:
					return true
				}
				l := a.Loop(n)
				if l == nil {
					return true
				}
				var parts []string
				if l.Busy() {
					parts = append(parts, "busy")
				}
				for _, w := range l.Waits {
					d := "unknown"
					switch {
					case w.Grows:
						d = "grows"
					case w.Known:
						d = w.D.String()
					}
					parts = append(parts, fmt.Sprintf("waits %s=%s", w.What, d))
				}
				if l.Bounded() {
					parts = append(parts, "bounded")
				}
				pass.Reportf(n.Pos(), "attempts: %s", strings.Join(parts, " "))
				return true
			})
		}
		return nil, nil
	},
}

var _ = cases.Add(describeAttempts, "Attempts", "retrybackoff/attempts")
