package directive_test

import (
	"go/ast"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/paylint/paylint/analyzers/internal/directive"
)

// rule returns an analyzer named name that reports every call of fn, built
// like paylint's rules: CheckIgnores first, Report only, and wrapped by wrap.
func rule(name, fn string, wrap func(directive.RunFunc) directive.RunFunc) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: name,
		Doc:  "reports calls of " + fn,
		Run: wrap(func(pass *analysis.Pass) (any, error) {
			directive.CheckIgnores(pass)
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok {
						if id, ok := call.Fun.(*ast.Ident); ok && id.Name == fn {
							directive.Reportf(pass, call, "%s called", fn)
						}
					}
					return true
				})
			}
			return nil, nil
		}),
	}
}

var (
	demoRule  = rule("demo", "charge", directive.CheckUnused)
	otherRule = rule("other", "refund", directive.CheckUnused)
)

// TestProblemsByOwner checks each analyzer reports the directive problems it
// owns, and none of those the other owns.
func TestProblemsByOwner(t *testing.T) {
	t.Cleanup(directive.SetRegistry(testRegistry))
	analysistest.Run(t, testdata(t), demoRule, "directive/problems")
	analysistest.Run(t, testdata(t), otherRule, "directive/problemsother")
}

// TestReportedOnce runs both analyzers together, as a runner does: no
// directive problem may be reported by both. (Which one reports it is
// asserted by TestProblemsByOwner: each package holds the cases of its
// analyzer with wants, and the other's cases, which it must not report.)
func TestReportedOnce(t *testing.T) {
	t.Cleanup(directive.SetRegistry(testRegistry))
	got := diagnose(t, []*analysis.Analyzer{demoRule, otherRule}, "directive/problems", "directive/problemsother")
	seen := map[string]string{}
	problems := 0
	for _, d := range got {
		if by, ok := seen[d.pos+d.msg]; ok {
			t.Errorf("reported by %s and %s at %s: %s", by, d.analyzer, d.pos, d.msg)
		}
		seen[d.pos+d.msg] = d.analyzer
		if strings.HasPrefix(d.msg, "//") {
			problems++
		}
	}
	// 18 in problems (two on one line), 14 in problemsother (two on one
	// line): each package's look-alikes are reported by the other analyzer.
	if problems != 32 {
		t.Errorf("%d directive problems, want 32:\n%s", problems, strings.Join(lines(got), "\n"))
	}
}

// TestTestFiles: CheckUnused checks the directives of _test.go files,
// CheckUnusedOutsideTests (for rules silent in tests) leaves them alone.
func TestTestFiles(t *testing.T) {
	t.Cleanup(directive.SetRegistry(testRegistry))
	all := diagnose(t, []*analysis.Analyzer{demoRule}, "directive/tests")
	want := []string{"tests_test.go:8: demo: //paylint:ignore demo suppresses no finding here: remove it"}
	if got := lines(all); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("CheckUnused in a test file:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	outside := rule("demo", "charge", directive.CheckUnusedOutsideTests)
	if got := lines(diagnose(t, []*analysis.Analyzer{outside}, "directive/tests")); len(got) != 0 {
		t.Errorf("CheckUnusedOutsideTests reported in a test file:\n%s", strings.Join(got, "\n"))
	}
}

// TestGenerated: findings and directive problems in generated files are
// hidden by default and shown with SetIncludeGenerated(true).
func TestGenerated(t *testing.T) {
	t.Cleanup(directive.SetRegistry(testRegistry))
	analysistest.Run(t, testdata(t), demoRule, "directive/generated/hidden")
	directive.SetIncludeGenerated(true)
	t.Cleanup(func() { directive.SetIncludeGenerated(false) })
	analysistest.Run(t, testdata(t), demoRule, "directive/generated/shown")
}

// TestCgoIsNotGenerated: the findings of a cgo package's own files are
// reported although it is parsed from cmd/cgo's generated rewrite.
func TestCgoIsNotGenerated(t *testing.T) {
	t.Cleanup(directive.SetRegistry(testRegistry))
	got := lines(diagnose(t, []*analysis.Analyzer{demoRule}, "directive/cgo"))
	want := []string{"cgo.go:12: demo: charge called"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("cgo package:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

type diag struct{ pos, analyzer, msg string }

// diagnose runs rules over the testdata packages in one checker pass, with
// their tests, and returns the root packages' diagnostics, deduplicated
// across a package and its test variant, in position order.
func diagnose(t *testing.T, rules []*analysis.Analyzer, patterns ...string) []diag {
	t.Helper()
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax,
		Dir:   testdata(t),
		Tests: true,
		Env:   append(os.Environ(), "GOPATH="+testdata(t), "GO111MODULE=off", "GOPROXY=off", "CGO_ENABLED=1"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d load errors", n)
	}
	graph, err := checker.Analyze(rules, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []diag
	dedupe := map[diag]bool{}
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			dg := diag{strings.TrimPrefix(p.Filename, testdata(t)+"/src/") + ":" + strconv.Itoa(p.Line), act.Analyzer.Name, d.Message}
			if !dedupe[dg] {
				dedupe[dg] = true
				out = append(out, dg)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].pos+out[i].analyzer < out[j].pos+out[j].analyzer })
	return out
}

// lines renders diagnostics as "file:line: analyzer: message", the file
// without its directory.
func lines(ds []diag) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.pos[strings.LastIndex(d.pos, "/")+1:]+": "+d.analyzer+": "+d.msg)
	}
	return out
}
