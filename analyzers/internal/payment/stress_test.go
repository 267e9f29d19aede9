package payment

import (
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestStress runs the model, with every package forced relevant, over
// large real code (PAYLINT_STRESS="std" or a list of patterns, run from
// PAYLINT_STRESS_DIR), to find panics and slow spots. Skipped by default.
func TestStress(t *testing.T) {
	patterns := os.Getenv("PAYLINT_STRESS")
	if patterns == "" {
		t.Skip("set PAYLINT_STRESS to run")
	}
	forceRelevant = true
	defer func() { forceRelevant = false }()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: os.Getenv("PAYLINT_STRESS_DIR"), Tests: true}
	pkgs, err := packages.Load(cfg, strings.Fields(patterns)...)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	g, err := checker.Analyze([]*analysis.Analyzer{Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	ops := 0
	for act := range g.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
			continue
		}
		if act.Analyzer == Analyzer {
			if in, ok := act.Result.(*Info); ok {
				ops += len(in.Ops)
				if os.Getenv("PAYLINT_STRESS_VERBOSE") != "" {
					for c, op := range in.Ops {
						t.Logf("%s: %s", act.Package.Fset.Position(c.Pos()), opString(op))
					}
				}
			}
			if act.Duration > 2*time.Second {
				t.Logf("slow: %s %v", act.Package.PkgPath, act.Duration)
			}
		}
	}
	t.Logf("%d packages, %d ops, %v", len(pkgs), ops, time.Since(start))
}

func opString(op *Op) string {
	s := op.Desc
	if op.Key != nil {
		s += " key=" + op.Key.Name
		if len(op.Key.Fresh) > 0 || op.Key.FreshInCallee {
			s += " fresh"
		}
	}
	if op.ClientRetries != "" {
		s += " retries=" + op.ClientRetries
	}
	return s
}
