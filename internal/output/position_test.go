package output

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// multibyte has "€" (3 bytes, 1 UTF-16 unit) and "😀" (4 bytes, 2 units)
// before the call on line 4.
const multibyte = "package p\n\nfunc f() {\n\ts := \"€\" + \"😀\"; charge(s)\n}\n"

func TestUTF16Columns(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "p.go"), multibyte)
	line := "\ts := \"€\" + \"😀\"; charge(s)"
	start := strings.Index(line, "charge") + 1 // byte column 25
	end := strings.Index(line, "(s)") + 4      // after ")"
	fs := []Finding{
		{Analyzer: "tiny", File: "p.go", Line: 4, Column: start, EndLine: 4, EndColumn: end, Message: "m"},
		{Analyzer: "tiny", File: "p.go", Line: 3, Column: 6, EndLine: 3, EndColumn: 7, Message: "ascii"},
		{Analyzer: "tiny", File: "gone.go", Line: 4, Column: start, EndLine: 4, EndColumn: end, Message: "unreadable"},
		{Analyzer: "tiny", File: "p.go", Line: 40, Column: start, Message: "no such line"},
	}
	doc := writeSARIF(t, fs, Tool{Dir: dir, Root: dir})
	// Before "charge": tab, `s := "`, €, `" + "`, 😀 (2 units), `"; ` = 17 units.
	wantStart := 1 + len("\ts := \"") + 1 + len("\" + \"") + 2 + len("\"; ")
	if start-wantStart != 2+2 {
		t.Fatalf("test setup: byte column %d, UTF-16 column %d", start, wantStart)
	}
	for i, want := range [][4]int{
		{4, wantStart, 4, wantStart + len("charge(s)")},
		{3, 6, 3, 7},       // an ASCII line: unchanged
		{4, start, 4, end}, // unreadable file: byte columns kept
		{40, start, 0, 0},  // line past the end: kept
	} {
		r := doc.Runs[0].Results[i].Locations[0].PhysicalLocation.Region
		if got := [4]int{r.StartLine, r.StartColumn, r.EndLine, r.EndColumn}; got != want {
			t.Errorf("finding %d: region %v, want %v", i, got, want)
		}
	}
}

func TestUTF16Units(t *testing.T) {
	for _, c := range []struct {
		text   string
		nbytes int
		want   int
	}{
		{"abc", 2, 2},
		{"€x", 3, 1},
		{"😀x", 4, 2},
		{"ab", 4, 4},    // past the end of the line: a byte a column
		{"\xffx", 1, 1}, // invalid UTF-8: a byte a unit
		{"é", 1, 1},     // inside a character: counted whole
		{"", 0, 0},
	} {
		if got := utf16Units([]byte(c.text), c.nbytes); got != c.want {
			t.Errorf("utf16Units(%q, %d) = %d, want %d", c.text, c.nbytes, got, c.want)
		}
	}
}

// TestSubdirectoryModule: paylint run in webapp/go, a module in a
// subdirectory of a repository, reports paths from the repository's top
// level, so code scanning finds the files.
func TestSubdirectoryModule(t *testing.T) {
	top := t.TempDir()
	if err := os.Mkdir(filepath.Join(top, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	mod := filepath.Join(top, "webapp", "go")
	writeFile(t, filepath.Join(mod, "go.mod"), "module example.com/webapp\n")
	writeFile(t, filepath.Join(mod, "billing", "charge.go"), "package billing\n")
	if r := FindSrcRoot(filepath.Join(mod, "billing")); r.Top != top {
		t.Errorf("FindSrcRoot(billing).Top = %q, want %q", r.Top, top)
	}
	fs := []Finding{
		{Analyzer: "tiny", File: "billing/charge.go", Line: 1, Column: 1, Message: "relative"},
		{Analyzer: "tiny", File: filepath.ToSlash(filepath.Join(top, "lib", "x y.go")), Line: 1, Column: 1, Message: "absolute, in the repository"},
		{Analyzer: "tiny", File: "/elsewhere/z.go", Line: 1, Column: 1, Message: "outside"},
	}
	doc := writeSARIF(t, fs, Tool{Dir: mod}) // Root found from Dir
	run := doc.Runs[0]
	if got, want := run.OriginalURIBaseIDs["%SRCROOT%"].URI, "file://"+filepath.ToSlash(top)+"/"; got != want {
		t.Errorf("%%SRCROOT%% = %q, want %q", got, want)
	}
	for i, want := range [][2]string{
		{"webapp/go/billing/charge.go", "%SRCROOT%"},
		{"lib/x%20y.go", "%SRCROOT%"},
		{"file:///elsewhere/z.go", ""},
	} {
		a := run.Results[i].Locations[0].PhysicalLocation.ArtifactLocation
		if a.URI != want[0] || a.URIBaseID != want[1] {
			t.Errorf("finding %d: %+v, want %v", i, a, want)
		}
	}
}

// TestOutsideRepository: with no .git above, the working directory is the
// source root.
func TestOutsideRepository(t *testing.T) {
	dir := t.TempDir()
	if r := FindSrcRoot(dir); r.Top != dir || r.Dir != dir {
		t.Fatalf("FindSrcRoot = %+v, want Top = Dir = %s (is there a .git above the temp dir?)", r, dir)
	}
	doc := writeSARIF(t, []Finding{{Analyzer: "tiny", File: "a/b.go", Line: 2, Message: "m"}}, Tool{Dir: dir})
	a := doc.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation
	if a.URI != "a/b.go" || a.URIBaseID != "%SRCROOT%" || doc.Runs[0].OriginalURIBaseIDs["%SRCROOT%"].URI != "file://"+filepath.ToSlash(dir)+"/" {
		t.Errorf("artifact %+v, bases %v", a, doc.Runs[0].OriginalURIBaseIDs)
	}
}

// TestGitFile: a worktree or submodule has a .git file, not a directory.
func TestGitFile(t *testing.T) {
	top := t.TempDir()
	writeFile(t, filepath.Join(top, ".git"), "gitdir: /somewhere/else\n")
	sub := filepath.Join(top, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if r := FindSrcRoot(sub); r.Top != top {
		t.Errorf("FindSrcRoot.Top = %q, want %q", r.Top, top)
	}
}

const shop = `package shop

type Store[T any] struct{}

func (s *Store[T]) MarkPaid() {
	charge(1) // found by line 6
	go func() {
		charge(2)
	}()
}

func Charge() { charge(3) }

var hook = func() { charge(4) }

func charge(int) {}
`

// convertAll parses text as file name and reports every call of charge
// with ConvertIn, the message naming the line.
func convertAll(t *testing.T, dir, name, text string) []Finding {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(dir, name), text, 0)
	if err != nil {
		t.Fatal(err)
	}
	conv := Converter{Dir: dir}
	var out []Finding
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "charge" {
				line := fset.Position(call.Pos()).Line
				d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: "charge called on line " + strconv.Itoa(line)}
				out = append(out, conv.ConvertIn(fset, []*ast.File{f}, tiny, d))
			}
		}
		return true
	})
	return out
}

func TestEnclosingFunction(t *testing.T) {
	fs := convertAll(t, "/r", "shop.go", shop)
	var got []string
	for _, f := range fs {
		got = append(got, f.Function)
	}
	if want := "Store.MarkPaid,Store.MarkPaid,Charge,"; strings.Join(got, ",") != want {
		t.Errorf("functions %q, want %q", strings.Join(got, ","), want)
	}
	fset := token.NewFileSet()
	d := analysis.Diagnostic{Pos: token.NoPos, Message: "m"}
	if f := (Converter{}).Convert(fset, tiny, d); f.Function != "" {
		t.Errorf("Convert without files: function %q", f.Function)
	}
}

// TestFingerprintStable: code added above a finding, or inside its function
// before it, moves it but keeps its fingerprint; findings in different
// functions, files or of different analyzers differ.
func TestFingerprintStable(t *testing.T) {
	before := convertAll(t, "/r", "shop.go", shop)
	shifted := strings.Replace(shop, "type Store", "// A store.\n\n// More.\ntype Store", 1)
	shifted = strings.Replace(shifted, "\tcharge(1)", "\tprintln()\n\tcharge(1)", 1)
	after := convertAll(t, "/r", "shop.go", shifted)
	if len(before) != 4 || len(after) != 4 {
		t.Fatalf("%d and %d findings", len(before), len(after))
	}
	seen := map[string]bool{}
	for i := range before {
		if before[i].Line == after[i].Line || before[i].Message == after[i].Message {
			t.Fatalf("finding %d did not move: %+v %+v", i, before[i], after[i])
		}
		fp := Fingerprint(before[i])
		if fp != Fingerprint(after[i]) {
			t.Errorf("finding %d: fingerprint changed when it moved from line %d to %d", i, before[i].Line, after[i].Line)
		}
		if i != 1 && seen[fp] { // 0 and 1 are both in Store.MarkPaid
			t.Errorf("finding %d shares a fingerprint", i)
		}
		seen[fp] = true
	}
	f := before[2]
	for name, g := range map[string]Finding{
		"analyzer": {Analyzer: "other", File: f.File, Function: f.Function, Message: f.Message},
		"file":     {Analyzer: f.Analyzer, File: "other.go", Function: f.Function, Message: f.Message},
		"function": {Analyzer: f.Analyzer, File: f.File, Function: "Other", Message: f.Message},
		"message":  {Analyzer: f.Analyzer, File: f.File, Function: f.Function, Message: "another message"},
	} {
		if Fingerprint(g) == Fingerprint(f) {
			t.Errorf("a different %s gives the same fingerprint", name)
		}
	}
	if Fingerprint(Finding{Analyzer: "a", File: "b"}) == Fingerprint(Finding{Analyzer: "ab"}) {
		t.Error("fields run together")
	}
}

// TestSARIFFingerprints: the same finding twice in one function gets :1 and
// :2; the SARIF fingerprint uses the repository-relative path, so running
// in a subdirectory does not change it.
func TestSARIFFingerprints(t *testing.T) {
	top := t.TempDir()
	sub := filepath.Join(top, "svc")
	f := Finding{Analyzer: "tiny", File: "svc/a.go", Line: 3, Column: 1, Function: "F", Message: "m on line 3"}
	g := f
	g.Line, g.Message = 9, "m on line 9"
	fromTop := writeSARIF(t, []Finding{f, g}, Tool{Dir: top, Root: top})
	f.File, g.File = "a.go", "a.go"
	fromSub := writeSARIF(t, []Finding{f, g}, Tool{Dir: sub, Root: top})
	f.File = "svc/a.go"
	base := Fingerprint(f)
	for i, suffix := range []string{":1", ":2"} {
		a := fromTop.Runs[0].Results[i].PartialFingerprints[FingerprintKey]
		b := fromSub.Runs[0].Results[i].PartialFingerprints[FingerprintKey]
		if a != base+suffix || b != a {
			t.Errorf("result %d: fingerprints %q (top) and %q (svc), want %q", i, a, b, base+suffix)
		}
	}
}
