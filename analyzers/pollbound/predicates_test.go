package pollbound

import (
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/internal/poll"
)

// Predicates: polls that test the status through predicate methods
// (IsFinal, Pending, IsTerminal, a switch over status constants) and
// look-alikes (a job's IsDone, a predicate that reads no status).
var _ = cases.Add(Analyzer, "Predicates", "pollbound/predicates")

// TestPredicatesOnlySuccess: a poll that stops only on IsPaid() (a
// predicate of another package, known by its fact) stops only on success.
// It needs the predicate hooks of the poll model's status.go and poll.go,
// wired when poll.Analyzer requires poll.Predicates.
func TestPredicatesOnlySuccess(t *testing.T) {
	if !slices.Contains(poll.Analyzer.Requires, poll.Predicates) {
		t.Skip("poll.Analyzer does not require poll.Predicates yet (predicate hooks not wired)")
	}
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "pollbound/predicatesonly")
}
