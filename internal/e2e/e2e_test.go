// The end-to-end test runs paylint on the example modules (examples: a
// table), each built on real modules: testdata/shop, a merchant module on
// stripe-go, backoff, retry-go, retryablehttp, resty and uuid, and
// testdata/market, a subscription marketplace with in-house retry and poll
// helpers, client constructors, routes and a verifier in packages of their
// own (retryablehttp, resty and uuid), testdata/realshop (gin and gorm), and
// testdata/hexshop, a hexagonal shop on the standard library whose mistakes
// are visible only in main, where the use cases' ports are bound (facts
// across packages: a webhook's use case two levels down, a port's retry, a
// poll interval handed to a constructor). Each runs through both runners:
//
//	go vet -vettool=paylint -json ./...   (unitchecker, one process per package)
//	paylint -f json ./...                 (go/packages + checker, one process)
//
// It checks that both report the same findings and compares them with the
// module's golden.txt. The modules come from the Go module proxy, so the
// test runs only with PAYLINT_E2E=1 (see .ci/e2e.sh, which downloads them
// first; the market uses only modules the shop uses). Rewrite the golden
// files with
//
//	PAYLINT_E2E=1 go test ./internal/e2e -update

package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/paylint/paylint/internal/cmdtest"
	"github.com/paylint/paylint/internal/output"
	"github.com/paylint/paylint/internal/output/sariftest"
)

var update = flag.Bool("update", false, "rewrite the example modules' golden.txt with the current findings")

// examples are the example modules under testdata, each with its
// golden.txt and its // paylint: expect comments.
var examples = []string{"shop", "market", "realshop", "hexshop"}

type finding = output.Finding

// line renders a finding as `relpath:line:col: analyzer: message`.
func line(f finding) string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", f.File, f.Line, f.Column, f.Analyzer, f.Message)
}

// sortFindings orders findings as the CLI does (output.Sort: by position,
// analyzer and message, duplicates dropped) and renders them.
func sortFindings(fs []finding) []string {
	var out []string
	for _, f := range output.Sort(append([]finding(nil), fs...)) {
		out = append(out, line(f))
	}
	return out
}

type setup struct {
	bin  string // the paylint binary
	name string // the example module: "shop"
	dir  string // absolute path of testdata/<name>
}

func prepare(t *testing.T) setup {
	t.Helper()
	if os.Getenv("PAYLINT_E2E") != "1" {
		t.Skip("end-to-end test on real modules: set PAYLINT_E2E=1 (bash .ci/e2e.sh downloads them first)")
	}
	bin, err := cmdtest.Build(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return setup{bin: bin}.in(t, "shop")
}

// in returns the setup for the example module testdata/<name>.
func (s setup) in(t *testing.T, name string) setup {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	s.name, s.dir = name, dir
	return s
}

type result struct {
	code           int
	stdout, stderr string
}

func (s setup) run(t *testing.T, name string, args ...string) result {
	t.Helper()
	r := cmdtest.Run(t, s.dir, []string{"GOWORK=off", "GOFLAGS=-mod=readonly"}, name, args...)
	return result{r.Code, r.Stdout, r.Stderr}
}

func (s setup) rel(t *testing.T, path string) string {
	r, err := filepath.Rel(s.dir, path)
	if err != nil || strings.HasPrefix(r, "..") {
		t.Fatalf("finding outside testdata/%s: %s", s.name, path)
	}
	return filepath.ToSlash(r)
}

var posRE = regexp.MustCompile(`^(.*):(\d+):(\d+)$`)

func (s setup) parsePos(t *testing.T, posn string) (string, int, int) {
	m := posRE.FindStringSubmatch(posn)
	if m == nil {
		t.Fatalf("bad position %q", posn)
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	file := m[1]
	if !filepath.IsAbs(file) {
		file = filepath.Join(s.dir, file)
	}
	return s.rel(t, file), line, col
}

// vetJSON runs go vet -json and reads its output.
func (s setup) vetJSON(t *testing.T) []finding {
	r := s.run(t, "go", "vet", "-vettool="+s.bin, "-json", "./...")
	if r.code != 0 {
		t.Fatalf("go vet -json: exit %d\n%s", r.code, r.stderr)
	}
	fs, err := s.parseVetJSON(t, r.stdout+"\n"+r.stderr)
	if err != nil {
		t.Fatalf("go vet -json output: %v\n%s%s", err, r.stdout, r.stderr)
	}
	return fs
}

// parseVetJSON reads go vet -json's stream of JSON trees (package →
// analyzer → diagnostics or error), with "# pkg" headers between them.
func (s setup) parseVetJSON(t *testing.T, text string) ([]finding, error) {
	var buf bytes.Buffer
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "#") {
			buf.WriteString(line + "\n")
		}
	}
	var out []finding
	dec := json.NewDecoder(&buf)
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		for pkg, byAnalyzer := range tree {
			for analyzer, raw := range byAnalyzer {
				var diags []struct{ Posn, Message string }
				if err := json.Unmarshal(raw, &diags); err != nil {
					return nil, fmt.Errorf("%s on %s: %s", analyzer, pkg, raw)
				}
				for _, d := range diags {
					// The tool ends each message with its analyzer's name,
					// for go vet's text output, which has no other place
					// for it.
					msg, ok := strings.CutSuffix(d.Message, " ("+analyzer+")")
					if !ok {
						return nil, fmt.Errorf("%s on %s: message does not end with the analyzer's name: %s", analyzer, pkg, d.Message)
					}
					file, line, col := s.parsePos(t, d.Posn)
					out = append(out, finding{File: file, Line: line, Column: col, Analyzer: analyzer, Message: msg})
				}
			}
		}
	}
	return out, nil
}

var textRE = regexp.MustCompile(`^(.+:\d+:\d+): (.*)$`)

// vetText runs plain go vet and reads its `file:line:col: message` lines,
// which lack the analyzer name. Its exit code must say whether there are
// findings.
func (s setup) vetText(t *testing.T) (positions []string, code int) {
	r := s.run(t, "go", "vet", "-vettool="+s.bin, "./...")
	sc := bufio.NewScanner(strings.NewReader(r.stderr))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "\t") || line == "" {
			continue
		}
		m := textRE.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("go vet: unexpected line %q", line)
			continue
		}
		file, l, c := s.parsePos(t, m[1])
		positions = append(positions, fmt.Sprintf("%s:%d:%d: %s", file, l, c, m[2]))
	}
	sort.Strings(positions)
	return positions, r.code
}

// standalone runs paylint -f json.
func (s setup) standalone(t *testing.T) ([]finding, int) {
	r := s.run(t, s.bin, "-f", "json", "./...")
	if r.code != 0 && r.code != 1 {
		t.Fatalf("paylint -f json: exit %d\n%s", r.code, r.stderr)
	}
	var fs []finding
	if err := json.Unmarshal([]byte(r.stdout), &fs); err != nil {
		t.Fatalf("paylint -f json: %v\n%s", err, r.stdout)
	}
	return fs, r.code
}

// TestExamples runs both runners on every example module and compares
// their findings with each other and with the module's golden.txt.
func TestExamples(t *testing.T) {
	s := prepare(t)
	for _, name := range examples {
		t.Run(name, func(t *testing.T) { s.in(t, name).golden(t) })
	}
}

func (s setup) golden(t *testing.T) {
	vet := sortFindings(s.vetJSON(t))
	alone, code := s.standalone(t)
	standalone := sortFindings(alone)

	if got, want := code, exitFor(standalone); got != want {
		t.Errorf("paylint exit %d with %d findings, want %d", got, len(standalone), want)
	}
	if d := diff(vet, standalone); d != "" {
		t.Errorf("go vet -vettool and paylint disagree (- go vet, + paylint):\n%s", d)
	}

	texts, vetCode := s.vetText(t)
	var fromJSON []string
	for _, f := range alone {
		fromJSON = append(fromJSON, fmt.Sprintf("%s:%d:%d: %s (%s)", f.File, f.Line, f.Column, f.Message, f.Analyzer))
	}
	sort.Strings(fromJSON)
	fromJSON = uniq(fromJSON)
	if d := diff(uniq(texts), fromJSON); d != "" {
		t.Errorf("plain go vet output differs from paylint's (- go vet, + paylint):\n%s", d)
	}
	if (vetCode != 0) != (len(texts) > 0) {
		t.Errorf("go vet exit %d with %d findings: want non-zero exactly when there are findings", vetCode, len(texts))
	}

	s.reviewExpectations(t, standalone)

	golden := filepath.Join(s.dir, "golden.txt")
	got := strings.Join(standalone, "\n")
	if got != "" {
		got += "\n"
	}
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d findings)", golden, len(standalone))
		return
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (create it with: PAYLINT_E2E=1 go test ./internal/e2e -update)", err)
	}
	want := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if len(data) == 0 {
		want = nil
	}
	if d := diff(want, standalone); d != "" {
		t.Errorf("findings differ from testdata/%s/golden.txt (- golden, + now); if the change is intended, run PAYLINT_E2E=1 go test ./internal/e2e -update\n%s", s.name, d)
	}
}

func exitFor(findings []string) int {
	if len(findings) > 0 {
		return 1
	}
	return 0
}

var expectRE = regexp.MustCompile(`//\s*paylint: expect (\w+)`)

// reviewExpectations logs (without failing) where the findings differ from
// the `// paylint: expect <analyzer>` comments in the module's sources (at the
// end of the flagged line, or alone on the line above it): the guide for
// reviewing the golden file.
func (s setup) reviewExpectations(t *testing.T, findings []string) {
	expected := map[string]bool{} // "file:line: analyzer"
	err := filepath.WalkDir(s.dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(data), "\n") {
			n := i + 1
			if strings.HasPrefix(strings.TrimSpace(line), "//") {
				n++ // a comment on its own line is about the next line
			}
			for _, m := range expectRE.FindAllStringSubmatch(line, -1) {
				expected[fmt.Sprintf("%s:%d: %s", s.rel(t, path), n, m[1])] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, f := range findings {
		// relpath:line:col: analyzer: message
		parts := strings.SplitN(f, ": ", 3)
		fileLine := parts[0][:strings.LastIndex(parts[0], ":")]
		got[fileLine+": "+parts[1]] = true
	}
	var missing, extra []string
	for k := range expected {
		if !got[k] {
			missing = append(missing, k)
		}
	}
	for k := range got {
		if !expected[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 {
		t.Logf("expected by a // paylint: expect comment but not reported:\n\t%s", strings.Join(missing, "\n\t"))
	}
	if len(extra) > 0 {
		t.Logf("reported without a // paylint: expect comment:\n\t%s", strings.Join(extra, "\n\t"))
	}
}

func uniq(s []string) []string {
	var out []string
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// diff lists the lines only in a (-) and those only in b (+), each in
// its list's order.
func diff(a, b []string) string {
	count := func(xs []string) map[string]int {
		m := map[string]int{}
		for _, x := range xs {
			m[x]++
		}
		return m
	}
	inA, inB := count(a), count(b)
	var sb strings.Builder
	for _, x := range a {
		if inB[x] > 0 {
			inB[x]--
		} else {
			fmt.Fprintf(&sb, "- %s\n", x)
		}
	}
	for _, x := range b {
		if inA[x] > 0 {
			inA[x]--
		} else {
			fmt.Fprintf(&sb, "+ %s\n", x)
		}
	}
	return sb.String()
}

func TestDiff(t *testing.T) {
	got := diff([]string{"a:2", "a:10", "b:1"}, []string{"a:2", "b:1", "c:3"})
	if want := "- a:10\n+ c:3\n"; got != want {
		t.Errorf("diff = %q, want %q", got, want)
	}
	if d := diff([]string{"x", "y"}, []string{"x", "y"}); d != "" {
		t.Errorf("diff of equal lists = %q", d)
	}
}

// TestShopSARIF validates paylint -f sarif on testdata/shop against the
// SARIF 2.1.0 schema, and checks what code scanning needs: paths from the
// repository's top level (the shop is a module in a subdirectory), one
// result per finding of golden.txt at its line, distinct fingerprints.
func TestShopSARIF(t *testing.T) {
	s := prepare(t)
	r := s.run(t, s.bin, "-f", "sarif", "./...")
	if r.code != 0 && r.code != 1 {
		t.Fatalf("paylint -f sarif: exit %d\n%s", r.code, r.stderr)
	}
	if err := sariftest.Validate([]byte(r.stdout)); err != nil {
		t.Fatalf("paylint -f sarif: %v\n%s", err, r.stdout)
	}
	var log struct {
		Runs []struct {
			ColumnKind         string                          `json:"columnKind"`
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID              string            `json:"ruleId"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Locations           []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
						Region           struct{ StartLine int }
					}
				}
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("paylint -f sarif: %v, %d runs", err, len(log.Runs))
	}
	run := log.Runs[0]
	repo := filepath.ToSlash(filepath.Dir(filepath.Dir(s.dir)))
	if run.ColumnKind != "utf16CodeUnits" || run.OriginalURIBaseIDs["%SRCROOT%"].URI != "file://"+repo+"/" {
		t.Errorf("columnKind %q, originalUriBaseIds %v; want utf16CodeUnits and file://%s/", run.ColumnKind, run.OriginalURIBaseIDs, repo)
	}
	var got []string
	fps := map[string]bool{}
	for _, res := range run.Results {
		loc := res.Locations[0].PhysicalLocation
		file, ok := strings.CutPrefix(loc.ArtifactLocation.URI, "testdata/shop/")
		if !ok || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("result at %+v: want a %%SRCROOT%% path under testdata/shop/", loc.ArtifactLocation)
		}
		got = append(got, fmt.Sprintf("%s:%d: %s", file, loc.Region.StartLine, res.RuleID))
		fp := res.PartialFingerprints[output.FingerprintKey]
		if fp == "" || fps[fp] {
			t.Errorf("%s: fingerprint %q missing or repeated", got[len(got)-1], fp)
		}
		fps[fp] = true
	}
	data, err := os.ReadFile(filepath.Join(s.dir, "golden.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if parts := strings.SplitN(l, ": ", 3); len(parts) == 3 {
			want = append(want, parts[0][:strings.LastIndex(parts[0], ":")]+": "+parts[1])
		}
	}
	if d := diff(want, got); d != "" {
		t.Errorf("SARIF results differ from testdata/shop/golden.txt (- golden, + sarif):\n%s", d)
	}
}
