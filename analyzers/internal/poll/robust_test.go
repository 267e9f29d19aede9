package poll_test

import (
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
)

// greedy treats every Get*/Read*/Fetch*/Status* call as a status read of
// its first argument and every New*/Create* call as a creation, so that
// the model runs on all the loops of real, large code.
var greedy = &analysis.Analyzer{
	Name:             "greedypoll",
	Doc:              "test: run the poll model with a greedy op recogniser",
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		opOf := func(call *ast.CallExpr) *payment.Op {
			fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
			if fn == nil {
				return nil
			}
			op := &payment.Op{Call: call, Desc: fn.Name()}
			switch n := fn.Name(); {
			case strings.HasPrefix(n, "Get"), strings.HasPrefix(n, "Read"), strings.HasPrefix(n, "Fetch"), strings.HasPrefix(n, "Status"):
				op.Kind = payment.StatusRead
				if len(call.Args) > 0 {
					op.ID = call.Args[0]
				}
			case strings.HasPrefix(n, "New"), strings.HasPrefix(n, "Create"):
				op.Kind = payment.Write | payment.Create
			default:
				return nil
			}
			return op
		}
		for _, l := range poll.Find(pass, opOf).Loops {
			l.Interval()
			l.Busy()
			l.IDText()
			ast.Inspect(l.Body, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					l.AfterTerminalFailure(c)
				}
				return true
			})
		}
		return nil, nil
	},
}

// TestNoPanicOnLargeCode runs the model over big standard library packages
// (huge functions, generics, labels, selects) with a recogniser that makes
// many loops look like poll loops: it must not panic.
func TestNoPanicOnLargeCode(t *testing.T) {
	if testing.Short() {
		t.Skip("loads standard library packages from source")
	}
	cfg := &packages.Config{Mode: packages.LoadSyntax}
	pkgs, err := packages.Load(cfg, "net/http", "go/types", "slices")
	if err != nil {
		t.Fatal(err)
	}
	var roots []*packages.Package
	for _, p := range pkgs {
		if len(p.Errors) == 0 {
			roots = append(roots, p)
		}
	}
	if len(roots) == 0 {
		t.Skip("no packages loaded")
	}
	g, err := checker.Analyze([]*analysis.Analyzer{greedy}, roots, &checker.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for act := range g.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
		}
	}
}

// TestNoPanicOnTypeErrors runs the model on a package that does not
// type-check, as go vet does.
func TestNoPanicOnTypeErrors(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadSyntax,
		Dir:  filepath.Join(dir, "src", "poll", "broken"),
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOFLAGS=-mod="),
	}
	pkgs, err := packages.Load(cfg, "poll/broken")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != 1 || len(pkgs[0].Errors) == 0 {
		t.Fatalf("want one package with type errors, got %d packages", len(pkgs))
	}
	g, err := checker.Analyze([]*analysis.Analyzer{greedy}, pkgs, &checker.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for act := range g.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
		}
	}
}
