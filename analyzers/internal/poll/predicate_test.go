package poll_test

import (
	"go/ast"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
)

// PredicateFacts: the status predicates of poll/predx/model are
// summarised from their bodies and exported; the look-alikes are not.
var _ = cases.Add(poll.Predicates, "PredicateFacts", "poll/predx/model")

// describePreds reports what the poll model makes of loops that test the
// status through predicates of another package.
var describePreds = &analysis.Analyzer{
	Name:     "describepreds",
	Doc:      "test: poll loops with status predicates",
	Requires: []*analysis.Analyzer{poll.Predicates},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, l := range poll.Find(pass, fakeOps(pass)).Loops {
			pass.Reportf(l.Pos, "poll: status-exit=%v bounded=%v", l.StatusExit, l.Bounded())
		}
		return nil, nil
	},
}

var _ = cases.Add(describePreds, "PredicateExits", "poll/predx/use")

// describeStates reports which states the loops' exits and creations
// depend on.
var describeStates = &analysis.Analyzer{
	Name:     "describestates",
	Doc:      "test: states behind status predicates",
	Requires: []*analysis.Analyzer{poll.Predicates},
	Run: func(pass *analysis.Pass) (any, error) {
		opOf := fakeOps(pass)
		for _, l := range poll.Find(pass, opOf).Loops {
			_, only := l.StopsOnlyOnSuccess()
			pass.Reportf(l.Pos, "poll: only-success=%v", only)
			ast.Inspect(l.Body, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					if op := opOf(c); op != nil && op.Kind.Has(payment.Create) && l.Contains(c) {
						pass.Reportf(c.Pos(), "create: after-terminal=%v", l.AfterTerminal(c))
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

// TestPredicateStates needs the predicate hooks of status.go (asserts) and
// poll.go (StopsOnlyOnSuccess, AfterTerminal, Requires): it runs once
// poll.Analyzer requires poll.Predicates.
func TestPredicateStates(t *testing.T) {
	if !slices.Contains(poll.Analyzer.Requires, poll.Predicates) {
		t.Skip("poll.Analyzer does not require poll.Predicates yet (predicate hooks not wired)")
	}
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, describeStates, "poll/predx/hooked")
}
