package poll_test

import (
	"golang.org/x/tools/go/analysis"

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

var _ = cases.Add(describeHelpers, "PollHelpers", "poll/crosspkg/use")
