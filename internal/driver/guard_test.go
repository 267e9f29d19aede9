package driver

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestGuardPanicsNamesTheCause: a shared model analyzer that panics fails
// every rule that needs it, directly or through another shared analyzer,
// with its own panic as the error — not "failed prerequisites: model",
// which names no cause — and a rule that does not need it still runs.
func TestGuardPanicsNamesTheCause(t *testing.T) {
	model := &analysis.Analyzer{
		Name:       "testmodel",
		Doc:        "a shared model that panics",
		ResultType: reflect.TypeFor[*int](),
		Run: func(*analysis.Pass) (any, error) {
			var m map[string]*int
			return *m["x"], nil // nil dereference
		},
	}
	view := &analysis.Analyzer{
		Name:       "testview",
		Doc:        "a shared analyzer built on the model",
		Requires:   []*analysis.Analyzer{model},
		ResultType: reflect.TypeFor[*string](),
		Run:        func(p *analysis.Pass) (any, error) { s := "v"; return &s, nil },
	}
	rule := &analysis.Analyzer{
		Name:     "testrule",
		Doc:      "a rule asking the view",
		Requires: []*analysis.Analyzer{view},
		Run: func(p *analysis.Pass) (any, error) {
			_ = *p.ResultOf[view].(*string)
			return nil, nil
		},
	}
	ran := false
	other := &analysis.Analyzer{
		Name: "testother",
		Doc:  "a rule needing nothing",
		Run:  func(*analysis.Pass) (any, error) { ran = true; return nil, nil },
	}
	GuardPanics([]*analysis.Analyzer{rule, other})

	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/p\n\ngo 1.22\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "p.go"), []byte("package p\n"), 0o644)
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: append(os.Environ(), "GOWORK=off", "GOFLAGS=")}, ".")
	if err != nil || len(pkgs) != 1 {
		t.Fatalf("load: %v", err)
	}
	g, err := checker.Analyze([]*analysis.Analyzer{rule, other}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, act := range g.Roots {
		switch act.Analyzer {
		case rule:
			if act.Err == nil || !strings.HasPrefix(act.Err.Error(), "internal error in testmodel on example.com/p: runtime error: invalid memory address") {
				t.Errorf("testrule error = %v, want testmodel's panic", act.Err)
			}
		case other:
			if act.Err != nil || !ran {
				t.Errorf("testother: err %v, ran %v; want it run", act.Err, ran)
			}
		}
	}
}
