package driver

import (
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/paylint/paylint/analyzers"
)

// TestNogoStyle runs analyzers.All() the way Bazel's nogo does (see
// docs/nogo.md): a plain list of analyzers in a driver that is not
// paylint's, with no configuration file and no -config, facts passed from
// a package to its importers (checked to survive gob encoding, as nogo
// serialises them between compile actions), and analyzer flags set as
// nogo's analyzer_flags set them (Flags.Set).
func TestNogoStyle(t *testing.T) {
	as := analyzers.All()
	pollinterval := analyzers.ByName("pollinterval")
	if err := pollinterval.Flags.Set("min", "3s"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pollinterval.Flags.Set("min", "0") })

	checkNogoFindings(t, as)
}

// TestNogoEmbeddedConfig: a package in the nogo deps that embeds the
// .paylint.yml and hands it to analyzers.UseConfigYAML from its init
// function configures every analyzer of the process, as the flag does.
func TestNogoEmbeddedConfig(t *testing.T) {
	if err := analyzers.UseConfigYAML(".paylint.yml", []byte("pol-interval-min: 3s\n")); err == nil ||
		!strings.Contains(err.Error(), `config .paylint.yml: line 1: unknown key "pol-interval-min"`) {
		t.Errorf("UseConfigYAML(malformed) = %v, want the config error", err)
	}
	if err := analyzers.UseConfigYAML(".paylint.yml", []byte("poll-interval-min: 3s\n")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { analyzers.UseConfig(nil) })
	checkNogoFindings(t, analyzers.All())
}

// checkNogoFindings runs as over testdata/nogo in go/analysis/checker,
// with facts gob-checked, and compares the findings.
func checkNogoFindings(t *testing.T, as []*analysis.Analyzer) {
	t.Helper()
	dir, err := filepath.Abs("testdata/nogo")
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("fixture does not load")
	}
	graph, err := checker.Analyze(as, pkgs, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			t.Errorf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			got = append(got, position(act.Package.Fset, d, dir)+" "+act.Analyzer.Name)
		}
	}
	sort.Strings(got)
	want := []string{
		"pay/pay.go:47:3 pollinterval", // 2.5s < 3s (the flag, or poll-interval-min)
		"shop/shop.go:17:12 idempotency",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func position(fset *token.FileSet, d analysis.Diagnostic, dir string) string {
	p := fset.Position(d.Pos)
	rel, _ := filepath.Rel(dir, p.Filename)
	return filepath.ToSlash(rel) + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
}

// docs/nogo.md's nogo target names the packages of analyzers.All(), each
// once (every rule lives in analyzers/<name>, whose Analyzer nogo runs).
func TestNogoDocListsAll(t *testing.T) {
	doc, err := os.ReadFile("../../docs/nogo.md")
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, m := range regexp.MustCompile(`"@com_github_paylint_paylint//analyzers/(\w+)"`).FindAllStringSubmatch(string(doc), -1) {
		listed = append(listed, m[1])
	}
	var want []string
	for _, a := range analyzers.All() {
		want = append(want, a.Name)
	}
	if strings.Join(listed, ",") != strings.Join(want, ",") {
		t.Errorf("docs/nogo.md lists %v, want the packages of analyzers.All(): %v", listed, want)
	}
}
