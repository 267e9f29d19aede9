// Package e2e checks the custom golangci-lint binary (golangci-plugin/build.sh)
// against paylint's go vet tool on a copy of testdata/shop. It is run by
// golangci-plugin/e2e.sh, which builds both binaries; under a plain
// `go test ./...` it is skipped.
//
//	PAYLINT_GCL_E2E=1      run the test
//	PAYLINT_GCL_BIN=path   the custom golangci-lint binary
//	PAYLINT_BIN=path       the paylint binary (go vet -vettool)
//	PAYLINT_SHOP=dir       the module to check (default testdata/shop)
//
// golangci-lint runs with the .golangci.yml of README.md, verbatim, and with
// variants of it (config_test.go): the README cannot drift from what works.
package e2e

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/paylint/paylint/analyzers"
)

// finding is one diagnostic, keyed by position and analyzer.
type finding struct {
	File     string // slash-separated, relative to the module root
	Line     int
	Col      int
	Analyzer string
}

func (f finding) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", f.File, f.Line, f.Col, f.Analyzer)
}

// findings maps each finding to its message.
type findings map[finding]string

func (fs findings) sorted() []finding {
	out := make([]finding, 0, len(fs))
	for f := range fs {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Analyzer < b.Analyzer
	})
	return out
}

func (fs findings) of(analyzer string) findings {
	out := findings{}
	for f, m := range fs {
		if f.Analyzer == analyzer {
			out[f] = m
		}
	}
	return out
}

// diff returns a readable list of what is only in a and only in b.
func diff(aName string, a findings, bName string, b findings) string {
	var sb strings.Builder
	for _, f := range a.sorted() {
		if _, ok := b[f]; !ok {
			fmt.Fprintf(&sb, "\n  only in %s: %s: %s", aName, f, a[f])
		}
	}
	for _, f := range b.sorted() {
		if _, ok := a[f]; !ok {
			fmt.Fprintf(&sb, "\n  only in %s: %s: %s", bName, f, b[f])
		}
	}
	return sb.String()
}

func subset(a, b findings) bool {
	for f := range a {
		if _, ok := b[f]; !ok {
			return false
		}
	}
	return true
}

type env struct {
	gcl, paylint string
	dir          string // the copy of the shop
	names        []string
	readme       string // README.md's .golangci.yml
}

func TestGolangciMatchesGoVet(t *testing.T) {
	if os.Getenv("PAYLINT_GCL_E2E") != "1" {
		t.Skip("end-to-end test of the golangci-lint plugin: run golangci-plugin/e2e.sh")
	}
	e := &env{gcl: mustEnvFile(t, "PAYLINT_GCL_BIN"), paylint: mustEnvFile(t, "PAYLINT_BIN")}
	for _, a := range analyzers.All() {
		e.names = append(e.names, a.Name)
	}
	e.readme = readmeConfig(t, e.names)
	shop := os.Getenv("PAYLINT_SHOP")
	if shop == "" {
		shop = filepath.Join("..", "..", "testdata", "shop")
	}
	// A copy: the nolint check edits files, and golangci-lint must not see
	// the shop under a testdata/ directory.
	tmp, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	e.dir = filepath.Join(tmp, "shop")
	if err := copyTree(shop, e.dir); err != nil {
		t.Fatalf("copy %s: %v", shop, err)
	}
	e.run(t, "go", "mod", "download")

	// Version: the pinned golangci-lint version, marked as a custom build.
	pinned, err := os.ReadFile(filepath.Join("..", "GOLANGCI_VERSION"))
	if err != nil {
		t.Fatal(err)
	}
	if v := strings.TrimSpace(e.run(t, e.gcl, "version", "--short")); !strings.HasPrefix(v, strings.TrimSpace(string(pinned))+"-custom-gcl-paylint-") {
		t.Errorf("%s version --short = %q, want the pinned %s-custom-gcl-paylint-<hash>", e.gcl, v, strings.TrimSpace(string(pinned)))
	}

	vet := e.goVet(t)
	if len(vet) == 0 {
		t.Fatalf("no findings to compare: go vet -vettool=%s reports nothing on %s; the end-to-end test needs the shop's mistakes to be found", e.paylint, shop)
	}
	t.Logf("go vet -vettool=paylint: %d findings", len(vet))

	// (1) and (4): the same findings as go vet, with exactly the README's
	// .golangci.yml; a SARIF rule id per analyzer.
	sarifPath := filepath.Join(t.TempDir(), "out.sarif")
	gcl := e.golangci(t, e.config(t, nil, ""), "--output.sarif.path", sarifPath)
	if d := diff("go vet", vet, "golangci-lint", gcl); d != "" {
		t.Errorf("(1) golangci-lint and go vet -vettool=paylint disagree:%s", d)
	}
	e.checkSARIF(t, sarifPath, gcl)

	// The umbrella linter reports the same positions under its own name.
	e.checkUmbrella(t, vet)

	// (3) poll-interval-min changes the result: 100ms can only drop
	// pollinterval findings, 1h can only add some; at least one must change.
	e.checkPollSetting(t, gcl)

	// (2) //nolint:<analyzer> suppresses exactly that finding. Last: it edits the copy.
	e.checkNolint(t, gcl)
}

func mustEnvFile(t *testing.T, name string) string {
	t.Helper()
	p := os.Getenv(name)
	if p == "" {
		t.Fatalf("%s is not set (run golangci-plugin/e2e.sh)", name)
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(abs); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return abs
}

// run runs a command in the shop copy and returns its standard output; any
// exit status but 0 fails the test.
func (e *env) run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, errOut, code := e.exec(name, args...)
	if code != 0 {
		t.Fatalf("%s %s: exit %d\n%s%s", name, strings.Join(args, " "), code, out, errOut)
	}
	return out
}

func (e *env) exec(name string, args ...string) (stdout, stderr string, code int) {
	cmd := exec.Command(name, args...)
	cmd.Dir = e.dir
	// The environment's Go settings stand (GOPROXY, GOFLAGS); -mod=mod comes
	// last so that it wins over a -mod=vendor: the shop copy has no vendor
	// directory.
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod"))
	var o, eb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &eb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		code = ee.ExitCode()
	default:
		return o.String(), eb.String() + err.Error(), -1
	}
	return o.String(), eb.String(), code
}

func (e *env) rel(t *testing.T, file string) string {
	t.Helper()
	if !filepath.IsAbs(file) {
		file = filepath.Join(e.dir, file)
	}
	r, err := filepath.Rel(e.dir, file)
	if err != nil || strings.HasPrefix(r, "..") {
		t.Fatalf("finding outside the module: %s", file)
	}
	return filepath.ToSlash(r)
}

// goVet runs go vet -vettool=paylint -json and parses its JSON tree:
// {"pkg": {"analyzer": [{"posn": "file:line:col", "message": "..."}]}}, each
// object preceded by a "# pkg" line; an analyzer that failed has
// {"error": "..."} instead of the list.
func (e *env) goVet(t *testing.T) findings {
	t.Helper()
	stdout, stderr, code := e.exec("go", "vet", "-vettool="+e.paylint, "-json", "./...")
	if code != 0 {
		t.Fatalf("go vet -vettool=%s -json ./...: exit %d\n%s", e.paylint, code, stderr)
	}
	// The JSON goes to standard output (unitchecker), "# pkg" lines to
	// standard error; accept either.
	var js strings.Builder
	for _, line := range strings.SplitAfter(stdout+"\n"+stderr, "\n") {
		if !strings.HasPrefix(line, "#") {
			js.WriteString(line)
		}
	}
	out := findings{}
	dec := json.NewDecoder(strings.NewReader(js.String()))
	for dec.More() {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			t.Fatalf("go vet -json output: %v\n%s\n%s", err, stdout, stderr)
		}
		for pkg, byAnalyzer := range tree {
			for analyzer, raw := range byAnalyzer {
				var diags []struct {
					Posn    string `json:"posn"`
					Message string `json:"message"`
				}
				if err := json.Unmarshal(raw, &diags); err != nil {
					t.Fatalf("go vet: %s: %s failed: %s", pkg, analyzer, raw)
				}
				for _, d := range diags {
					f := e.parsePosn(t, d.Posn)
					f.Analyzer = analyzer
					// go vet's tool ends each message with the analyzer's
					// name (go vet's text has no other place for it);
					// golangci-lint adds the linter's name itself.
					msg, ok := strings.CutSuffix(d.Message, " ("+analyzer+")")
					if !ok {
						t.Errorf("go vet: %s: message does not end with (%s): %s", d.Posn, analyzer, d.Message)
					}
					out[f] = msg
				}
			}
		}
	}
	return out
}

func (e *env) parsePosn(t *testing.T, posn string) finding {
	t.Helper()
	var f finding
	i := strings.LastIndex(posn, ":")
	j := strings.LastIndex(posn[:max(i, 0)], ":")
	if i < 0 || j < 0 {
		t.Fatalf("go vet position %q: want file:line:col", posn)
	}
	if _, err := fmt.Sscanf(posn[j+1:], "%d:%d", &f.Line, &f.Col); err != nil {
		t.Fatalf("go vet position %q: %v", posn, err)
	}
	f.File = e.rel(t, posn[:j])
	return f
}

// golangci writes cfg as the shop's .golangci.yml, runs the custom binary
// with JSON output and returns its findings, with the analyzer taken from
// the linter name (or, for the umbrella, from the "analyzer: " prefix).
func (e *env) golangci(t *testing.T, cfg string, extra ...string) findings {
	t.Helper()
	if err := os.WriteFile(filepath.Join(e.dir, ".golangci.yml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"run", "--show-stats=false", "--output.json.path", "stdout"}, extra...)
	args = append(args, "./...")
	stdout, stderr, code := e.exec(e.gcl, args...)
	if code != 0 && code != 1 {
		t.Fatalf("%s %s: exit %d\n%s\n.golangci.yml:\n%s", e.gcl, strings.Join(args, " "), code, stderr, cfg)
	}
	var res struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.NewDecoder(strings.NewReader(stdout)).Decode(&res); err != nil {
		t.Fatalf("golangci-lint JSON output: %v\n%s\n%s", err, stdout, stderr)
	}
	if code == 1 && len(res.Issues) == 0 || code == 0 && len(res.Issues) > 0 {
		t.Errorf("golangci-lint exit %d with %d issues", code, len(res.Issues))
	}
	out := findings{}
	for _, is := range res.Issues {
		f := finding{File: e.rel(t, is.Pos.Filename), Line: is.Pos.Line, Col: is.Pos.Column, Analyzer: is.FromLinter}
		msg := is.Text
		if is.FromLinter == "paylint" {
			a, m, ok := strings.Cut(is.Text, ": ")
			if !ok || analyzers.ByName(a) == nil {
				t.Fatalf("umbrella issue %q does not start with an analyzer name", is.Text)
			}
			f.Analyzer, msg = a, m
		} else if analyzers.ByName(is.FromLinter) == nil {
			t.Errorf("issue from linter %q, not a paylint analyzer: %s", is.FromLinter, is.Text)
		}
		out[f] = msg
	}
	return out
}

// (4) Every SARIF result's ruleId is the analyzer of the finding at that
// position, and every analyzer with findings has its rule id.
func (e *env) checkSARIF(t *testing.T, path string, gcl findings) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("(4) --output.sarif.path: %v", err)
	}
	var s struct {
		Version string
		Runs    []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("(4) SARIF: %v", err)
	}
	if s.Version != "2.1.0" || len(s.Runs) != 1 {
		t.Fatalf("(4) SARIF: version %q with %d runs, want 2.1.0 with 1", s.Version, len(s.Runs))
	}
	got := findings{}
	for _, r := range s.Runs[0].Results {
		if len(r.Locations) != 1 {
			t.Fatalf("(4) SARIF result %s has %d locations", r.RuleID, len(r.Locations))
		}
		l := r.Locations[0].PhysicalLocation
		got[finding{File: e.rel(t, l.ArtifactLocation.URI), Line: l.Region.StartLine, Col: l.Region.StartColumn, Analyzer: r.RuleID}] = ""
	}
	want := findings{}
	for f := range gcl {
		want[f] = ""
	}
	if d := diff("JSON", want, "SARIF", got); d != "" {
		t.Errorf("(4) SARIF ruleId/positions differ from the JSON findings:%s", d)
	}
	rules := map[string]bool{}
	for f := range got {
		rules[f.Analyzer] = true
	}
	for f := range gcl {
		if !rules[f.Analyzer] {
			t.Errorf("(4) SARIF has no ruleId %q", f.Analyzer)
		}
	}
	t.Logf("(4) SARIF rule ids: %v", keys(rules))
}

func (e *env) checkUmbrella(t *testing.T, vet findings) {
	t.Helper()
	got := e.golangci(t, e.config(t, nil, "paylint"))
	if d := diff("go vet", vet, "golangci-lint (umbrella paylint)", got); d != "" {
		t.Errorf("the umbrella linter paylint and go vet -vettool=paylint disagree:%s", d)
	}
}

func (e *env) checkPollSetting(t *testing.T, base findings) {
	t.Helper()
	def := base.of("pollinterval")
	fast := e.golangci(t, e.config(t, map[string]string{"poll-interval-min": "100ms"}, "")).of("pollinterval")
	slow := e.golangci(t, e.config(t, map[string]string{"poll-interval-min": "1h"}, "")).of("pollinterval")
	if !subset(fast, def) {
		t.Errorf("(3) poll-interval-min: 100ms reports pollinterval findings that the default 2s does not:%s", diff("default", def, "100ms", fast))
	}
	if !subset(def, slow) {
		t.Errorf("(3) poll-interval-min: 1h drops pollinterval findings of the default 2s:%s", diff("default", def, "1h", slow))
	}
	if len(fast) == len(def) && len(slow) == len(def) {
		t.Errorf("(3) poll-interval-min changes nothing: %d pollinterval findings with 100ms, the default and 1h", len(def))
	}
	t.Logf("(3) pollinterval findings: %d with 100ms, %d with the default, %d with 1h", len(fast), len(def), len(slow))
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// copyTree copies the regular files of src into dst.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}
