package bench

import (
	"os"
	"runtime/pprof"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/paylint/paylint/analyzers"
)

// TestProfileAnalyzers finds where paylint's time goes beyond the floor
// (parse and type-check): it loads PAYLINT_PROFILE_PKGS (space-separated
// patterns, in PAYLINT_PROFILE_DIR, default testdata/shop) with their
// dependencies from source, then runs every analyzer over them — facts of
// the dependencies included, as go vet computes them — with a CPU profile
// of the analysis alone written to PAYLINT_PROFILE. It prints both times.
//
//	PAYLINT_PROFILE=$(mktemp -d)/cpu.prof \
//	PAYLINT_PROFILE_PKGS=github.com/stripe/stripe-go/v82/... go test -run=ProfileAnalyzers -v ./bench
//	go tool pprof -top -cum $PAYLINT_PROFILE
func TestProfileAnalyzers(t *testing.T) {
	out := os.Getenv("PAYLINT_PROFILE")
	if out == "" {
		t.Skip("set PAYLINT_PROFILE=/path/cpu.prof (and PAYLINT_PROFILE_PKGS)")
	}
	dir := os.Getenv("PAYLINT_PROFILE_DIR")
	if dir == "" {
		dir = "../testdata/shop"
	}
	patterns := strings.Fields(os.Getenv("PAYLINT_PROFILE_PKGS"))
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	t0 := time.Now()
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: true, Env: append(os.Environ(), "GOWORK=off")}, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	load := time.Since(t0)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		t.Fatal(err)
	}
	t1 := time.Now()
	graph, err := checker.Analyze(analyzers.All(), pkgs, nil)
	pprof.StopCPUProfile()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		n++
	}
	t.Logf("load (parse + type-check, %d roots): %v; analysis (%d actions): %v", len(pkgs), load, n, time.Since(t1))
}
