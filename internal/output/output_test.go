package output

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// tiny is a fake analyzer; the test builds its diagnostics by hand.
var tiny = &analysis.Analyzer{
	Name: "tiny",
	Doc:  "tiny: flags calls of charge\n\nWhy: it is a test.\nBad: charge()",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

const src = `package p

func charge() {}

func f() {
	charge()
	charge()
}
`

// findings parses src as /work/x/p/p.go and reports every call of charge,
// the second one with a suggested fix.
func findings(t *testing.T) []Finding {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "/work/x/p/p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	conv := Converter{Dir: "/work/x"}
	var out []Finding
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		call, ok := node.(*ast.CallExpr)
		if !ok {
			return true
		}
		n++
		d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: "charge called", Category: "tiny"}
		if n == 2 {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "remove the call",
				TextEdits: []analysis.TextEdit{{Pos: call.Pos(), End: call.End(), NewText: []byte("")}},
			}}
		}
		out = append(out, conv.Convert(fset, tiny, d))
		return true
	})
	// Reverse and duplicate to check sorting and de-duplication.
	out = append(out, out[0])
	out[0], out[1] = out[1], out[0]
	return Sort(out)
}

func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, "text", findings(t), Tool{}); err != nil {
		t.Fatal(err)
	}
	want := "p/p.go:6:2: charge called (tiny)\np/p.go:7:2: charge called (tiny)\n"
	if b.String() != want {
		t.Errorf("text:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestJSON(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, "json", findings(t), Tool{}); err != nil {
		t.Fatal(err)
	}
	want := `[
  {
    "analyzer": "tiny",
    "file": "p/p.go",
    "line": 6,
    "column": 2,
    "end_line": 6,
    "end_column": 10,
    "message": "charge called"
  },
  {
    "analyzer": "tiny",
    "file": "p/p.go",
    "line": 7,
    "column": 2,
    "end_line": 7,
    "end_column": 10,
    "message": "charge called",
    "suggested_fixes": [
      {
        "message": "remove the call",
        "edits": [
          {
            "file": "p/p.go",
            "line": 7,
            "column": 2,
            "end_line": 7,
            "end_column": 10,
            "new_text": ""
          }
        ]
      }
    ]
  }
]
`
	if b.String() != want {
		t.Errorf("json:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	if err := JSON(&b, nil); err != nil || b.String() != "[]\n" {
		t.Errorf("json of no findings = %q, %v; want []", b.String(), err)
	}
}

func TestSARIF(t *testing.T) {
	var b bytes.Buffer
	tool := Tool{Name: "paylint", Version: "v1.2.3", Rules: []Rule{{ID: "other", Doc: "other: another rule"}, {ID: "tiny", Doc: tiny.Doc}},
		Dir: "/work/x", Root: "/work/x"}
	if err := Write(&b, "sarif", findings(t), tool); err != nil {
		t.Fatal(err)
	}
	var log map[string]any
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log["version"] != "2.1.0" {
		t.Errorf("version = %v", log["version"])
	}
	run := log["runs"].([]any)[0].(map[string]any)
	driver := run["tool"].(map[string]any)["driver"].(map[string]any)
	if driver["name"] != "paylint" || driver["version"] != "1.2.3" || driver["semanticVersion"] != "1.2.3" ||
		driver["informationUri"] != "https://github.com/paylint/paylint" {
		t.Errorf("driver = %v", driver)
	}
	rules := driver["rules"].([]any)
	rule := rules[1].(map[string]any)
	if rule["id"] != "tiny" ||
		rule["shortDescription"].(map[string]any)["text"] != "flags calls of charge" ||
		rule["fullDescription"].(map[string]any)["text"] != tiny.Doc ||
		rule["help"].(map[string]any)["text"] != tiny.Doc ||
		rule["helpUri"] != "https://github.com/paylint/paylint/blob/main/docs/rules/tiny.md" ||
		rule["defaultConfiguration"].(map[string]any)["level"] != "warning" {
		t.Errorf("rule = %v", rule)
	}
	results := run["results"].([]any)
	if len(results) != 2 {
		t.Fatalf("%d results, want 2", len(results))
	}
	res := results[0].(map[string]any)
	if res["ruleId"] != "tiny" || res["ruleIndex"] != 1.0 || res["level"] != "warning" ||
		res["message"].(map[string]any)["text"] != "charge called" {
		t.Errorf("result = %v", res)
	}
	loc := res["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)
	art := loc["artifactLocation"].(map[string]any)
	reg := loc["region"].(map[string]any)
	if art["uri"] != "p/p.go" || art["uriBaseId"] != "%SRCROOT%" ||
		reg["startLine"] != 6.0 || reg["startColumn"] != 2.0 || reg["endLine"] != 6.0 || reg["endColumn"] != 10.0 {
		t.Errorf("location = %v", loc)
	}
	// The only URLs are the schema, paylint's own pages and the source root:
	// none to other projects.
	rest := b.String()
	for _, ok := range []string{SchemaURI, InformationURI + `"`, RuleDocsURI, `"file:///work/x/"`} {
		rest = strings.ReplaceAll(rest, ok, "")
	}
	if strings.Contains(rest, "://") {
		t.Errorf("SARIF contains a URL to another project:\n%s", b.String())
	}
}

func TestRelPath(t *testing.T) {
	c := Converter{Dir: "/work/x"}
	for in, want := range map[string]string{
		"/work/x/a/b.go": "a/b.go",
		"/work/xy/b.go":  "/work/xy/b.go",
		"/work/b.go":     "/work/b.go",
		"rel/c.go":       "rel/c.go",
	} {
		if got := c.RelPath(in); got != want {
			t.Errorf("RelPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "xml", nil, Tool{}); err == nil {
		t.Error("Write(xml) = nil, want error")
	}
}
