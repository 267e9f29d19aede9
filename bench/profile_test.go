package bench

import (
	"context"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
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
// PAYLINT_MEMPROFILE names a file for an allocation profile of the analysis
// alone (every allocation sampled: the load's are left out, since the
// profile rate is set only after it; read it with -sample_index=alloc_space
// or alloc_objects). PAYLINT_PROFILE_COUNT runs the analysis that many
// times (default 1), for enough samples when the analysis is short.
// Samples carry the labels pkg (the package analysed) and analyzer, so
// that one package's share can be read apart from its dependencies':
// go tool pprof -tagfocus=pkg=example.com/shop/webhooks -top -cum ...
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
	memOut := os.Getenv("PAYLINT_MEMPROFILE")
	if memOut != "" {
		runtime.GC()
		runtime.MemProfileRate = 1
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		t.Fatal(err)
	}
	label(analyzers.All())
	count, _ := strconv.Atoi(os.Getenv("PAYLINT_PROFILE_COUNT"))
	count = max(count, 1)
	t1 := time.Now()
	var graph *checker.Graph
	for range count {
		if graph, err = checker.Analyze(analyzers.All(), pkgs, nil); err != nil {
			break
		}
	}
	pprof.StopCPUProfile()
	if err != nil {
		t.Fatal(err)
	}
	if memOut != "" {
		runtime.MemProfileRate = 0
		writeAllocs(t, memOut)
	}
	n := 0
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		n++
	}
	t.Logf("load (parse + type-check, %d roots): %v; analysis (%d actions, %d times): %v", len(pkgs), load, n, count, time.Since(t1))
}

// writeAllocs writes the allocation profile (allocations since the rate
// was set: the analysis) to out.
func writeAllocs(t *testing.T, out string) {
	runtime.GC() // the profile shows allocations as of the last collection
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		t.Fatal(err)
	}
}

// label makes every analyzer (and those it requires) run under the pprof
// labels pkg and analyzer.
func label(as []*analysis.Analyzer) {
	seen := map[*analysis.Analyzer]bool{}
	var visit func([]*analysis.Analyzer)
	visit = func(as []*analysis.Analyzer) {
		for _, a := range as {
			if seen[a] {
				continue
			}
			seen[a] = true
			visit(a.Requires)
			inner, name := a.Run, a.Name
			a.Run = func(pass *analysis.Pass) (res any, err error) {
				pprof.Do(context.Background(), pprof.Labels("pkg", pass.Pkg.Path(), "analyzer", name), func(context.Context) {
					res, err = inner(pass)
				})
				return res, err
			}
		}
	}
	visit(as)
}
