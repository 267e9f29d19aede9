package analyzers_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/paylint/paylint/analyzers"
)

func TestRegistryOrderAndNames(t *testing.T) {
	var names []string
	for _, a := range analyzers.All() {
		names = append(names, a.Name)
		if analyzers.ByName(a.Name) != a {
			t.Errorf("ByName(%q) does not return the registered analyzer", a.Name)
		}
		if a.Doc == "" || !strings.HasPrefix(a.Doc, a.Name+": ") {
			t.Errorf("%s: Doc must start with %q", a.Name, a.Name+": ")
		}
	}
	want := "idempotency pollcreate pollinterval pollbound redirectfulfill webhookverify retrystatus retrybackoff webhookdedupe webhookack"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("All() = %s, want %s", got, want)
	}
}

// TestValidGoDoesNotPanic runs every analyzer over valid Go that is hard on
// analyzers: generics, build tags, cgo and a very large function. It must
// report nothing and must not panic. All analyzers run in one checker pass
// over one load, since loading the standard library from source dominates.
func TestValidGoDoesNotPanic(t *testing.T) {
	gopath := t.TempDir()
	if err := os.CopyFS(filepath.Join(gopath, "src", "robust"), os.DirFS(filepath.Join("..", "testdata", "src", "robust"))); err != nil {
		t.Fatal(err)
	}
	writeHugePackage(t, filepath.Join(gopath, "src", "robust", "huge"))
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax,
		Dir:   gopath,
		Tests: true,
		Env:   append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off", "CGO_ENABLED=1"),
	}
	pkgs, err := packages.Load(cfg, "robust/...")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d load errors", n)
	}
	expectSilent(t, analyzers.All(), pkgs, "unexpected diagnostic")
}

// expectSilent runs rules over pkgs in one checker pass and fails on any
// analyzer error or on any diagnostic in a root package, which it names
// with what (e.g. "false positive").
func expectSilent(t *testing.T, rules []*analysis.Analyzer, pkgs []*packages.Package, what string) {
	t.Helper()
	graph, err := checker.Analyze(rules, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if act.IsRoot {
			for _, d := range act.Diagnostics {
				t.Errorf("%s: %s at %s: %s", act.Analyzer.Name, what, act.Package.Fset.Position(d.Pos), d.Message)
			}
		}
	}
}

// writeHugePackage writes a package holding a function of several thousand
// statements, loops and branches.
func writeHugePackage(t *testing.T, dir string) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("package huge\n\nimport (\n\t\"net/http\"\n\t\"time\"\n)\n\nfunc Big(c *http.Client, r *http.Request) int {\n\tn := 0\n")
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&b, "\tfor j := 0; j < %d; j++ {\n\t\tif j%%2 == 0 {\n\t\t\tn += j\n\t\t\tcontinue\n\t\t}\n\t\ttime.Sleep(time.Duration(j))\n\t}\n", i%7)
	}
	b.WriteString("\t_, _ = c.Do(r)\n\treturn n\n}\n")
	if err := os.WriteFile(filepath.Join(dir, "huge.go"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
