package analyzers_test

import (
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/paylint/paylint/analyzers"
	"github.com/paylint/paylint/analyzers/idempotency"
	"github.com/paylint/paylint/analyzers/internal/directive"
)

// TestDirectiveRegistry: the directive checks know the analyzers by a list
// of their own (package directive cannot import this one); it must be the
// registry, in its order (the first analyzer owns nameless directives).
func TestDirectiveRegistry(t *testing.T) {
	var names []string
	for _, a := range analyzers.All() {
		names = append(names, a.Name)
	}
	if got := directive.Registry(); !slices.Equal(got, names) {
		t.Errorf("directive.Registry() = %v, want analyzers.All() names %v", got, names)
	}
}

// DirectivesWithRules: idempotency reports its stale suppression, the
// unknown name nearest to it and the near miss naming it, and not the
// problems the poll rules own.
var _ = cases.Add(idempotency.Analyzer, "DirectivesWithRules", "directive/rules")

// TestDirectivesReportedOnce runs every analyzer together, as a runner
// does: each directive problem is reported once, by its owner.
func TestDirectivesReportedOnce(t *testing.T) {
	gopath, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  gopath,
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, "directive/rules")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d load errors", n)
	}
	var got []string
	for _, d := range diagnostics(t, analyzers.All(), pkgs) {
		if strings.HasPrefix(d.Message, "//") {
			got = append(got, d.Analyzer+": "+d.Message)
		}
	}
	want := []string{
		`idempotency: //paylint:ignore names no paylint analyzer "idempotence" (did you mean "idempotency"?); it suppresses nothing`,
		`idempotency: // paylint:ignore is not a directive (no space after //): write //paylint:ignore <analyzer> <reason>`,
		`idempotency: //paylint:ignore idempotency suppresses no finding here: remove it`,
		`pollbound: //paylint:ignore pollbound suppresses no finding here: remove it`,
		`pollbound: //paylint:ignore names no paylint analyzer "pollbund" (did you mean "pollbound"?); it suppresses nothing`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("directive problems:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

type diagnostic struct {
	Analyzer, Message string
	pos               token.Position
}

// diagnostics runs rules over pkgs in one checker pass and returns the
// root packages' diagnostics in position order, then analyzer order.
func diagnostics(t *testing.T, rules []*analysis.Analyzer, pkgs []*packages.Package) []diagnostic {
	t.Helper()
	graph, err := checker.Analyze(rules, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	order := map[string]int{}
	for i, a := range rules {
		order[a.Name] = i
	}
	var out []diagnostic
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			out = append(out, diagnostic{act.Analyzer.Name, d.Message, act.Package.Fset.Position(d.Pos)})
		}
	}
	slices.SortStableFunc(out, func(a, b diagnostic) int {
		if a.pos.Filename != b.pos.Filename {
			return strings.Compare(a.pos.Filename, b.pos.Filename)
		}
		if a.pos.Offset != b.pos.Offset {
			return a.pos.Offset - b.pos.Offset
		}
		return order[a.Analyzer] - order[b.Analyzer]
	})
	return out
}
