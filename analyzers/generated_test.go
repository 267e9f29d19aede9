package analyzers_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers"
	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestGeneratedFiles: a finding in a generated file is reported only with
// SetIncludeGenerated(true); the generated wrapper is read either way, so
// the hand-written retry of it is always reported.
func TestGeneratedFiles(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, idempotency.Analyzer, "directive/rules/hidden")
	analyzers.SetIncludeGenerated(true)
	t.Cleanup(func() { analyzers.SetIncludeGenerated(false) })
	analysistest.Run(t, dir, idempotency.Analyzer, "directive/rules/shown")
}
