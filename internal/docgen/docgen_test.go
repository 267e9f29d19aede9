package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paylint/paylint/analyzers"
	"github.com/paylint/paylint/analyzers/pollinterval"
)

// rulesDir is the committed docs/rules, seen from this package.
var rulesDir = filepath.Join("..", "..", "docs", "rules")

// TestCommittedDocsUpToDate regenerates every page in memory and fails
// when a committed file differs, is missing, or is a stale generated page.
func TestCommittedDocsUpToDate(t *testing.T) {
	keep := map[string]bool{}
	for _, f := range Generate(analyzers.All()) {
		keep[f.Name] = true
		got, err := os.ReadFile(filepath.Join(rulesDir, f.Name))
		if err != nil {
			t.Errorf("docs/rules/%s: %v; run `go generate ./analyzers`", f.Name, err)
			continue
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("docs/rules/%s is out of date with the analyzer's Doc; run `go generate ./analyzers`", f.Name)
		}
	}
	stale, err := staleFiles(rulesDir, keep)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range stale {
		t.Errorf("%s documents no registered analyzer; run `go generate ./analyzers`", p)
	}
}

// seedFile matches the internal file names of the provider guides
// (000_d00e78e9325e7a8a.txt), which mean nothing to users.
var seedFile = regexp.MustCompile(`[0-9]{3}_[0-9a-f]{16}`)

func TestNoSeedFileNames(t *testing.T) {
	for _, a := range analyzers.All() {
		if m := seedFile.FindString(a.Doc); m != "" {
			t.Errorf("%s: Doc cites the seed file %s; cite the provider's guide and section instead", a.Name, m)
		}
	}
	for _, f := range Generate(analyzers.All()) {
		if m := seedFile.Find(f.Data); m != nil {
			t.Errorf("%s cites the seed file %s", f.Name, m)
		}
	}
}

// TestEveryRuleFullyDocumented checks that each registered analyzer's
// Doc yields every section of its page.
func TestEveryRuleFullyDocumented(t *testing.T) {
	names := map[Section]string{Why: "why", Reports: "reports", Bad: "Bad:", Good: "Good:",
		Silent: "silent", Providers: "Providers:", Seeds: "Seeds:"}
	// A Providers note is for rules that name the SDKs they know.
	withProviders := map[string]bool{"idempotency": true, "pollcreate": true, "pollinterval": true,
		"pollbound": true, "redirectfulfill": true, "webhookverify": true}
	for _, a := range analyzers.All() {
		d := Parse(a.Doc)
		if d.Name != a.Name || d.Title == "" {
			t.Errorf("%s: parsed name %q, title %q", a.Name, d.Name, d.Title)
		}
		for sec, name := range names {
			if len(d.Sections[sec]) == 0 && (sec != Providers || withProviders[a.Name]) {
				t.Errorf("%s: Doc has no %s section", a.Name, name)
			}
		}
		for _, sec := range []Section{Bad, Good} {
			if bs := d.Sections[sec]; len(bs) == 0 || !bs[0].Code {
				t.Errorf("%s: %s does not start with a tab-indented code block", a.Name, names[sec])
			}
		}
		seeds := string(Page(a))
		if !strings.Contains(seeds, `guide, "`) || !strings.Contains(seeds, `" section`) {
			t.Errorf("%s: Seeds do not name a provider's guide and section", a.Name)
		}
	}
}

func TestPollIntervalFlagDefault(t *testing.T) {
	f := pollinterval.Analyzer.Flags.Lookup("min")
	if f == nil || f.DefValue != "2s" {
		t.Fatalf("-pollinterval.min: %+v, want DefValue 2s", f)
	}
	if strings.Contains(f.Usage, "default") {
		t.Errorf("usage repeats the default: %q", f.Usage)
	}
	page := string(Page(pollinterval.Analyzer))
	if !strings.Contains(page, "| `-pollinterval.min` | `2s` | shortest allowed wait (a duration) ") {
		t.Errorf("pollinterval page does not list -pollinterval.min with its default:\n%s", page)
	}
}

func TestParse(t *testing.T) {
	doc := "x: finds things\r\n\r\nIt matters.\r\n\r\nReported when:\r\n  (a) one\r\n      more\r\n  (b) two\r\n\r\n" +
		"Seed: Hilt guide, \"Poll\" section.\r\n\r\nMore about reports.\r\n\r\n" +
		"Bad: charge()\r\n\tfor {\r\n\r\n\t\tcharge()\r\n\t}\r\nGood:\r\n\r\n\tcharge(key)\r\n\r\nA note on the good one.\r\n\r\n" +
		"It stays silent on reads.\r\n\r\nProviders: none.\r\n"
	d := Parse(doc)
	if d.Name != "x" || d.Title != "finds things" {
		t.Errorf("head: %q %q", d.Name, d.Title)
	}
	want := map[Section][]string{
		Why:       {"It matters."},
		Reports:   {"Reported when:|  (a) one|      more|  (b) two", "More about reports."},
		Seeds:     {`Hilt guide, "Poll" section.`},
		Bad:       {"charge()", "code:for {||\tcharge()|}"},
		Good:      {"code:charge(key)", "A note on the good one."},
		Silent:    {"It stays silent on reads."},
		Providers: {"none."},
	}
	for sec, w := range want {
		var got []string
		for _, b := range d.Sections[sec] {
			s := strings.Join(b.Lines, "|")
			if b.Code {
				s = "code:" + s
			}
			got = append(got, s)
		}
		if strings.Join(got, "\n") != strings.Join(w, "\n") {
			t.Errorf("section %d = %q, want %q", sec, got, w)
		}
	}
}

func TestParseTitleOnly(t *testing.T) {
	for _, doc := range []string{"quiet: reports nothing", "no name here", ""} {
		d := Parse(doc)
		for i, bs := range d.Sections {
			if len(bs) > 0 {
				t.Errorf("%q: section %d = %v", doc, i, bs)
			}
		}
	}
	if d := Parse("A sentence: with a colon"); d.Name != "" || d.Title != "A sentence: with a colon" {
		t.Errorf("prose head taken for a name: %+v", d)
	}
}

func TestProse(t *testing.T) {
	got := prose([]string{"Flagged *x* in _test.go:", "  1. a `b`", "     c", "  2. <d>", "-flag text"})
	want := "\nFlagged \\*x\\* in \\_test.go:\n\n1. a \\`b\\` c\n2. \\<d>\n\n\\-flag text\n"
	if got != want {
		t.Errorf("prose = %q, want %q", got, want)
	}
	// A wrapped line that looks like an item continues the open one.
	// A path wrapped at its slash is joined back.
	got = prose([]string{"", "  - KeyStone guide: \"5xx server error", "    - Yes - Exponential backoff\".", "  - avast/", "    retry-go, Get /", "    Retrieve."})
	want = "\n- KeyStone guide: \"5xx server error - Yes - Exponential backoff\".\n- avast/retry-go, Get / Retrieve.\n"
	if got != want {
		t.Errorf("prose = %q, want %q", got, want)
	}
}

// TestWriteRemovesOnlyStaleGeneratedPages: a renamed analyzer's old page
// goes, a hand-written file in the directory stays.
func TestWriteRemovesOnlyStaleGeneratedPages(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "oldrule.md")
	mine := filepath.Join(dir, "notes.md")
	os.WriteFile(old, []byte(header+"\n# oldrule\n"), 0o644)
	os.WriteFile(mine, []byte("# notes\n"), 0o644)
	if err := write(dir, []File{{"rule.md", []byte(header + "\n# rule\n")}}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("stale generated page kept: %v", err)
	}
	if _, err := os.Stat(mine); err != nil {
		t.Errorf("hand-written file removed: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "rule.md")); err != nil {
		t.Error(err)
	}
}
