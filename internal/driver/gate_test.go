package driver

import (
	"encoding/json"
	"go/ast"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// fixer reports calls of pay.ChargeTwice and offers to call pay.Charge.
var fixer = &analysis.Analyzer{
	Name: "fixer",
	Doc:  "fixer: reports ChargeTwice with a fix",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if ok && sel.Sel.Name == "ChargeTwice" {
					if _, isCall := pass.TypesInfo.Uses[sel.Sel]; isCall {
						pass.Report(analysis.Diagnostic{
							Pos: sel.Pos(), End: sel.End(), Message: "ChargeTwice charges twice",
							SuggestedFixes: []analysis.SuggestedFix{{
								Message:   "call Charge",
								TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("Charge")}},
							}},
						})
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

func init() { testAnalyzers = append(testAnalyzers, fixer) }

// fakeCopy copies testdata/fake into a temporary directory and makes it
// the working directory.
func fakeCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/fake")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	return dir
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const shopHeader = "package shop\n\nimport \"example.com/fake/pay\"\n\n"

// A baseline round trip: recorded findings pass, a finding moved by an
// unrelated edit still passes, a new one (also a second identical one in
// the same function) fails, and a fixed one is noted.
func TestBaseline(t *testing.T) {
	withRegistry(t, fake)
	dir := fakeCopy(t)
	code, out, stderr := runMain(t, "-baseline-write", "base.json", "./...")
	if code != ExitClean || out != "" || stderr != "paylint: wrote 2 findings to the baseline base.json\n" {
		t.Fatalf("-baseline-write: exit %d, out %q, stderr %q", code, out, stderr)
	}
	var doc baselineFile
	if err := json.Unmarshal([]byte(readString(t, "base.json")), &doc); err != nil || doc.Version != 1 || len(doc.Findings) != 2 ||
		doc.Findings[0].File != "shop/shop.go" || doc.Findings[0].Function != "Buy" || doc.Findings[0].Count != 1 {
		t.Fatalf("baseline = %+v, %v", doc, err)
	}
	if code, out, stderr := runMain(t, "-baseline", "base.json", "./..."); code != ExitClean || out != "" || stderr != "" {
		t.Fatalf("-baseline, nothing changed: exit %d, out %q, stderr %q", code, out, stderr)
	}

	// Lines above the finding move it; a second call in Buy is new.
	shop := filepath.Join(dir, "shop", "shop.go")
	writeFile(t, shop, shopHeader+"// Buy charges.\n//\n// It moved.\nfunc Buy() error {\n\treturn pay.ChargeTwice(100)\n}\n")
	if code, out, _ := runMain(t, "-baseline", "base.json", "./..."); code != ExitClean || out != "" {
		t.Fatalf("-baseline, finding moved: exit %d, out %q", code, out)
	}
	writeFile(t, shop, shopHeader+"func Buy() error {\n\t_ = pay.ChargeTwice(1)\n\treturn pay.ChargeTwice(100)\n}\n")
	code, out, _ = runMain(t, "-baseline", "base.json", "./...")
	if code != ExitFindings || out != "shop/shop.go:7:9: call of ChargeTwice, which charges (fake)\n" { // the first consumes the recorded one
		t.Fatalf("-baseline, a second identical finding: exit %d, out %q", code, out)
	}

	// Both calls in Buy gone: the baseline can shrink, the exit is clean.
	writeFile(t, shop, shopHeader+"func Buy() error { return pay.Charge(1) }\n")
	code, out, stderr = runMain(t, "-baseline", "base.json", "./...")
	want := "paylint: note: 1 baseline finding no longer reported (fixed or removed): the baseline can shrink; rewrite it with -baseline-write base.json\n"
	if code != ExitClean || out != "" || stderr != want {
		t.Fatalf("-baseline, finding fixed: exit %d, out %q, stderr %q", code, out, stderr)
	}
}

func TestBaselineErrors(t *testing.T) {
	withRegistry(t, fake)
	fakeCopy(t)
	writeFile(t, "bad.json", "[1, 2]")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-baseline", "missing.json"}, "paylint: -baseline: open missing.json: no such file or directory\n"},
		{[]string{"-baseline", "bad.json"}, "paylint: -baseline bad.json: not a paylint baseline"},
		{[]string{"-baseline-write", "b.json", "-fix"}, "paylint: -baseline-write records every finding: do not combine it with -baseline, -new-from-rev or -fix\n"},
	} {
		code, out, stderr := runMain(t, append(tc.args, "./...")...)
		if code != ExitError || out != "" || !strings.HasPrefix(stderr, tc.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, out %q, stderr %q; want 2 and %q", tc.args, code, out, stderr, tc.want)
		}
	}
}

func readString(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func gitIn(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// -new-from-rev reports the findings on lines changed since the revision
// and in untracked files, nothing else.
func TestNewFromRev(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	withRegistry(t, fake)
	dir := fakeCopy(t)

	if exec.Command("git", "-C", dir, "rev-parse").Run() == nil {
		t.Skip("the temporary directory is inside a git repository")
	}
	code, _, stderr := runMain(t, "-new-from-rev", "HEAD", "./...")
	if want := "paylint: -new-from-rev: " + dir + " is not in a git repository\n"; code != ExitError || stderr != want {
		t.Fatalf("outside git: exit %d, stderr %q; want 2, %q", code, stderr, want)
	}
	gitIn(t, dir, "init", "-q")
	gitIn(t, dir, "add", ".")
	gitIn(t, dir, "commit", "-q", "-m", "base")
	code, _, stderr = runMain(t, "-new-from-rev", "nosuchrev", "./...")
	if want := "paylint: -new-from-rev: unknown revision \"nosuchrev\"\n"; code != ExitError || stderr != want {
		t.Fatalf("unknown revision: exit %d, stderr %q; want 2, %q", code, stderr, want)
	}
	if code, out, stderr := runMain(t, "-new-from-rev", "HEAD", "./..."); code != ExitClean || out != "" || stderr != "" {
		t.Fatalf("nothing changed: exit %d, out %q, stderr %q", code, out, stderr)
	}

	// A new line in shop.go (the old call moves down, unchanged) and a
	// new, untracked file.
	writeFile(t, filepath.Join(dir, "shop", "shop.go"), shopHeader+"func Buy() error {\n\t_ = pay.ChargeTwice(1)\n\treturn pay.ChargeTwice(100)\n}\n")
	writeFile(t, filepath.Join(dir, "shop", "more.go"), shopHeader+"func More() error { return pay.ChargeTwice(2) }\n")
	code, out, _ := runMain(t, "-new-from-rev", "HEAD", "./...")
	want := "shop/more.go:5:28: call of ChargeTwice, which charges (fake)\n" +
		"shop/shop.go:6:6: call of ChargeTwice, which charges (fake)\n"
	if code != ExitFindings || out != want {
		t.Errorf("changed: exit %d, out:\n%s\nwant:\n%s", code, out, want)
	}
}

// -fix applies the fixes of the findings it would report and prints the
// findings left; -tests=false leaves test files alone.
func TestFix(t *testing.T) {
	withRegistry(t, fixer)
	dir := fakeCopy(t)
	code, out, stderr := runMain(t, "-fix", "-tests=false", "./...")
	if code != ExitClean || out != "" || stderr != "paylint: -fix: applied 1 suggested fix; the findings left are printed\n" {
		t.Fatalf("-fix: exit %d, out %q, stderr %q", code, out, stderr)
	}
	if got := readString(t, filepath.Join(dir, "shop", "shop.go")); !strings.Contains(got, "return pay.Charge(100)\n") {
		t.Errorf("shop.go after -fix:\n%s", got)
	}
	if got := readString(t, filepath.Join(dir, "shop", "shop_test.go")); !strings.Contains(got, "pay.ChargeTwice(1)") {
		t.Errorf("-tests=false: shop_test.go was changed:\n%s", got)
	}
	code, out, _ = runMain(t, "./...")
	if code != ExitFindings || out != "shop/shop_test.go:10:6: ChargeTwice charges twice (fixer)\n" {
		t.Errorf("after -fix: exit %d, out %q", code, out)
	}
}

func TestApplyEdits(t *testing.T) {
	data := []byte("ab\ncd\n")
	if off, ok := offset(data, 2, 2); !ok || off != 4 {
		t.Errorf("offset(2:2) = %d, %v", off, ok)
	}
	if _, ok := offset(data, 4, 1); ok {
		t.Errorf("offset past the end accepted")
	}
	taken := map[string][]fileEdit{"f": {{0, 1, "A"}}}
	if !fits(taken, map[string][]fileEdit{"f": {{0, 1, "A"}}}) || fits(taken, map[string][]fileEdit{"f": {{0, 2, "X"}}}) {
		t.Errorf("fits: duplicates must fit, overlaps must not")
	}
	out, err := apply(data, []fileEdit{{3, 3, "x"}, {0, 1, "A"}, {0, 1, "A"}})
	if err != nil || string(out) != "Ab\nxcd\n" {
		t.Errorf("apply = %q, %v", out, err)
	}
}
