package analyzers_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/paylint/paylint/analyzers/idempotency"
	"github.com/paylint/paylint/analyzers/pollbound"
	"github.com/paylint/paylint/analyzers/pollcreate"
	"github.com/paylint/paylint/analyzers/pollinterval"
)

// TestPrecisionRetryPoll runs the retry and poll rules over production-style
// code that looks like their mistakes but is correct (testdata/src/precision/
// retrypoll/<case>): outbox workers with job-derived keys, idempotent PUTs,
// non-payment POSTs, pagination, health checks, event consumers, rate
// limiters, the 409 recovery read, fan-out per order… Every case must stay
// silent and no analyzer may fail. One load, one checker pass.
func TestPrecisionRetryPoll(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax,
		Dir:   filepath.Join(testdata, "src", "precision", "retrypoll"),
		Tests: true,
		Env:   append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
	}
	// The case packages are listed here rather than with "/...": go list
	// runs in a subprocess, so only a directory this test reads itself
	// makes go test's cache notice a new case.
	entries, err := os.ReadDir(cfg.Dir)
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for _, e := range entries {
		if e.IsDir() && e.Name() != "nearmiss" {
			patterns = append(patterns, "precision/retrypoll/"+e.Name())
		}
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d load errors", n)
	}
	if len(pkgs) < 10 {
		t.Fatalf("loaded %d packages, want the whole corpus", len(pkgs))
	}
	rules := []*analysis.Analyzer{idempotency.Analyzer, pollcreate.Analyzer, pollinterval.Analyzer, pollbound.Analyzer}
	expectSilent(t, rules, pkgs, "false positive")
}

// TestPrecisionRetryPollNearMisses keeps the look-alikes honest: the code
// under precision/retrypoll/nearmiss differs from a silent case in the one
// way that makes it a mistake again, and must still be reported.
func TestPrecisionRetryPollNearMisses(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, idempotency.Analyzer, "precision/retrypoll/nearmiss/idem")
	analysistest.Run(t, testdata, pollcreate.Analyzer, "precision/retrypoll/nearmiss/create")
	analysistest.Run(t, testdata, pollinterval.Analyzer, "precision/retrypoll/nearmiss/interval")
}
