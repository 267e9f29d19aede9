package poll_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/internal/retry"
)

// describeHelpers is describe with the retry model's helper summaries:
// calls of another package's poll helpers are poll loops.
var describeHelpers = &analysis.Analyzer{
	Name:     "describehelpers",
	Doc:      "test: describe poll loops through helpers",
	Requires: []*analysis.Analyzer{retry.Analyzer},
	Run:      describe.Run,
}

func TestPollHelpers(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, describeHelpers, "poll/crosspkg/use")
}
