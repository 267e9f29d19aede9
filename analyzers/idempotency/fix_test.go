package idempotency_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestHoistFix: a key made anew on every attempt by a pure expression is
// moved above the retry loop (hoist.go.golden); the look-alikes in the
// same file are reported without a fix.
func TestHoistFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), idempotency.Analyzer, "idempotency/hoist")
}
