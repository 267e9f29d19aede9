package output

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/paylint/paylint/internal/output/sariftest"
)

// sarifDoc is the part of a SARIF log the tests read.
type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		ColumnKind         string                                  `json:"columnKind"`
		OriginalURIBaseIDs map[string]struct{ URI string }         `json:"originalUriBaseIds"`
		Tool               struct{ Driver struct{ Rules []rule } } `json:"tool"`
		Results            []struct {
			RuleID              string            `json:"ruleId"`
			RuleIndex           int               `json:"ruleIndex"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
			Locations           []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine, StartColumn, EndLine, EndColumn int
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
		} `json:"results"`
	} `json:"runs"`
}

type rule struct {
	ID                   string `json:"id"`
	HelpURI              string `json:"helpUri"`
	Help                 struct{ Text, Markdown string }
	DefaultConfiguration struct{ Level string }
	Properties           struct{ Tags []string }
}

// writeSARIF renders fs, validates the log against the SARIF 2.1.0 schema
// and decodes it.
func writeSARIF(t *testing.T, fs []Finding, tool Tool) sarifDoc {
	t.Helper()
	var b bytes.Buffer
	if err := SARIF(&b, fs, tool); err != nil {
		t.Fatal(err)
	}
	if err := sariftest.Validate(b.Bytes()); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	var doc sarifDoc
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("%d runs", len(doc.Runs))
	}
	return doc
}

var goldenRE = regexp.MustCompile(`^(.+?):(\d+):(\d+): (\w+): (.*)$`)

// goldenFindings reads testdata/shop/golden.txt: `file:line:col: analyzer:
// message` lines, files relative to testdata/shop.
func goldenFindings(t *testing.T, shop string) []Finding {
	data, err := os.ReadFile(filepath.Join(shop, "golden.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var fs []Finding
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		m := goldenRE.FindStringSubmatch(sc.Text())
		if m == nil {
			t.Fatalf("golden.txt: bad line %q", sc.Text())
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		fs = append(fs, Finding{File: m[1], Line: line, Column: col, EndLine: line, EndColumn: col + 1, Analyzer: m[4], Message: m[5]})
	}
	if len(fs) == 0 {
		t.Fatal("golden.txt has no findings")
	}
	return fs
}

var coreRules = []string{"idempotency", "pollcreate", "pollinterval", "pollbound", "redirectfulfill", "webhookverify", "retrystatus", "retrybackoff", "webhookdedupe", "webhookack"}

// TestSARIFGoldenValidates renders the shop's golden findings as paylint
// run in testdata/shop would, and checks the log against the SARIF 2.1.0
// schema and what code scanning needs.
func TestSARIFGoldenValidates(t *testing.T) {
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	shop := filepath.Join(repo, "testdata", "shop")
	fs := goldenFindings(t, shop)
	tool := Tool{Name: "paylint", Version: "(devel) 0123456789ab+dirty", Dir: shop, Root: repo}
	// One rule per analyzer: the core rules, then any other analyzer the
	// golden findings name (rules added since), so every result has a rule.
	ruleIDs := append([]string(nil), coreRules...)
	for _, f := range fs {
		if !slices.Contains(ruleIDs, f.Analyzer) {
			ruleIDs = append(ruleIDs, f.Analyzer)
		}
	}
	for _, id := range ruleIDs {
		tool.Rules = append(tool.Rules, Rule{ID: id, Doc: id + ": a title\n\nWhy *it* matters in _test.go.\n\nBad:\n\n\tfor {\n\t\tcharge()\n\n\t\tretry()\n\t}\n"})
	}
	doc := writeSARIF(t, fs, tool)
	if doc.Schema != SchemaURI || doc.Version != "2.1.0" {
		t.Errorf("$schema %q version %q", doc.Schema, doc.Version)
	}
	run := doc.Runs[0]
	if run.ColumnKind != "utf16CodeUnits" || run.OriginalURIBaseIDs["%SRCROOT%"].URI != "file://"+filepath.ToSlash(repo)+"/" {
		t.Errorf("columnKind %q, originalUriBaseIds %v", run.ColumnKind, run.OriginalURIBaseIDs)
	}
	for i, r := range run.Tool.Driver.Rules {
		if r.ID != ruleIDs[i] || r.HelpURI != RuleDocsURI+r.ID+".md" || r.DefaultConfiguration.Level != "warning" ||
			len(r.Properties.Tags) < 2 || r.Properties.Tags[0] != "payments" ||
			!strings.Contains(r.Help.Markdown, "```go\nfor {\n\tcharge()\n\n\tretry()\n}\n```\n") ||
			!strings.Contains(r.Help.Markdown, `Why \*it\* matters in \_test.go.`) {
			t.Errorf("rule %d = %+v", i, r)
		}
	}
	if len(run.Results) != len(fs) {
		t.Fatalf("%d results for %d findings", len(run.Results), len(fs))
	}
	fps := map[string]bool{}
	for i, res := range run.Results {
		loc := res.Locations[0].PhysicalLocation
		want := "testdata/shop/" + fs[i].File
		if loc.ArtifactLocation.URI != want || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || loc.Region.StartLine != fs[i].Line {
			t.Errorf("result %d at %+v, want %s:%d", i, loc, want, fs[i].Line)
		}
		if run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d: ruleIndex %d is not %s", i, res.RuleIndex, res.RuleID)
		}
		fp := res.PartialFingerprints[FingerprintKey]
		if fps[fp] || !regexp.MustCompile(`^[0-9a-f]{64}:[1-9]\d*$`).MatchString(fp) {
			t.Errorf("result %d: fingerprint %q repeated or malformed", i, fp)
		}
		fps[fp] = true
	}
}

// TestSARIFEmpty: a clean run is a valid log too.
func TestSARIFEmpty(t *testing.T) {
	dir := t.TempDir()
	doc := writeSARIF(t, nil, Tool{Dir: dir})
	if n := len(doc.Runs[0].Results); n != 0 {
		t.Errorf("%d results", n)
	}
}

func TestSemVer(t *testing.T) {
	for in, want := range map[string]string{
		"v0.2.0":                             "0.2.0",
		"1.2.3":                              "1.2.3",
		"v0.2.0-dev":                         "0.2.0-dev",
		"v0.0.0-20260101120000-abcdef123456": "0.0.0-20260101120000-abcdef123456",
		"v1.2.3+incompatible":                "1.2.3+incompatible",
		"(devel)":                            "0.0.0-devel",
		"(devel) 0123456789ab+dirty":         "0.0.0-devel+0123456789ab.dirty",
		"(unknown)":                          "0.0.0-devel",
		"":                                   "0.0.0-devel",
		"v1.2":                               "0.0.0-devel+v1.2",
		"v01.2.3":                            "0.0.0-devel+v01.2.3",
	} {
		if got := SemVer(in); got != want {
			t.Errorf("SemVer(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDefaultTags(t *testing.T) {
	for _, id := range coreRules {
		tags := DefaultTags(id)
		if len(tags) < 2 || tags[0] != "payments" {
			t.Errorf("DefaultTags(%s) = %v", id, tags)
		}
	}
	if got := (Rule{ID: "x", Tags: []string{"a", "a", "", "b"}}).tags(); strings.Join(got, ",") != "a,b" {
		t.Errorf("tags = %v, want unique a,b", got)
	}
	if got := DefaultTags("unknown"); strings.Join(got, ",") != "payments" {
		t.Errorf("DefaultTags(unknown) = %v", got)
	}
}
