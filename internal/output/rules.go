package output

import (
	"regexp"
	"strings"
	"sync"
)

// Where paylint's project page and rule pages are; code scanning links
// each alert to its rule's page.
const (
	InformationURI = "https://github.com/paylint/paylint"
	RuleDocsURI    = "https://github.com/paylint/paylint/blob/main/docs/rules/"
)

// Rule is one analyzer as a SARIF reportingDescriptor.
type Rule struct {
	ID  string // the analyzer name
	Doc string // the analyzer's Doc; its first line is the title
	// Tags are the rule's properties.tags; empty means DefaultTags(ID).
	Tags []string
	// HelpURI is the rule's page; empty means RuleDocsURI + ID + ".md".
	HelpURI string
}

// Title is the rule's one-line title: the first line of its doc without a
// leading "name: ".
func (r Rule) Title() string {
	t, _, _ := strings.Cut(r.Doc, "\n")
	t = strings.TrimSpace(t)
	if rest, ok := strings.CutPrefix(t, r.ID+":"); ok {
		t = strings.TrimSpace(rest)
	}
	return t
}

// helpURI is the rule's documentation page.
func (r Rule) helpURI() string {
	if r.HelpURI != "" {
		return r.HelpURI
	}
	return RuleDocsURI + r.ID + ".md"
}

// ruleTags say what kind of mistake each core rule finds. Code scanning
// files alerts tagged "security" under security; the two rules tagged so
// let an attacker get goods without paying (CWE-345: a forged webhook is
// accepted; CWE-602: the buyer's own redirect is trusted as proof of
// payment). The others cost money or availability, not security.
var ruleTags = map[string][]string{
	"idempotency":     {"correctness", "reliability"},
	"pollcreate":      {"correctness"},
	"pollinterval":    {"performance", "reliability"},
	"pollbound":       {"reliability"},
	"redirectfulfill": {"security", "external/cwe/cwe-602"},
	"webhookverify":   {"security", "external/cwe/cwe-345"},
	"retrystatus":     {"correctness", "reliability"},
	"retrybackoff":    {"performance", "reliability"},
	"webhookdedupe":   {"correctness"},
	"webhookack":      {"reliability"},
}

// DefaultTags are the properties.tags of the rule id: "payments" and what
// kind of mistake a core rule finds.
func DefaultTags(id string) []string {
	return append([]string{"payments"}, ruleTags[id]...)
}

func (r Rule) tags() []string {
	in := r.Tags
	if len(in) == 0 {
		in = DefaultTags(r.ID)
	}
	// SARIF requires the tags to be unique.
	seen := map[string]bool{}
	out := []string{}
	for _, t := range in {
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// markdown renders an analyzer Doc for help.markdown: the title in bold,
// tab-indented blocks (the Bad:/Good: examples) as fenced Go code, other
// text with Markdown's special characters escaped (docs say
// (*stripe.Client) and _test.go, which are not emphasis), and a link to the
// rule's page.
func (r Rule) markdown() string {
	lines := strings.Split(strings.TrimSpace(r.Doc), "\n")
	var b strings.Builder
	b.WriteString("**" + mdEscape(r.ID) + "**: " + mdEscape(r.Title()) + "\n")
	inCode := false
	for i := 1; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \t")
		code := strings.HasPrefix(l, "\t")
		if l == "" && inCode && nextIsCode(lines, i) {
			code = true // a blank line inside an example
		}
		switch {
		case code && !inCode:
			b.WriteString("```go\n")
		case !code && inCode:
			b.WriteString("```\n")
		}
		inCode = code
		if code {
			b.WriteString(strings.TrimPrefix(l, "\t") + "\n")
			continue
		}
		b.WriteString(mdEscape(l) + "\n")
	}
	if inCode {
		b.WriteString("```\n")
	}
	b.WriteString("\n[Documentation](" + r.helpURI() + ")\n")
	return b.String()
}

// nextIsCode reports whether the next non-blank line after i is indented
// with a tab.
func nextIsCode(lines []string, i int) bool {
	for _, l := range lines[i+1:] {
		if strings.TrimSpace(l) != "" {
			return strings.HasPrefix(l, "\t")
		}
	}
	return false
}

// mdSpecial and semverRE are compiled on first use: the package is linked
// into every go vet unit, which renders nothing, and compiling them at
// start-up cost each unit 0.04-0.09 ms and 23 KB (GODEBUG=inittrace=1).
var mdSpecial = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("[\\\\`*_\\[\\]<>#|]") })

func mdEscape(s string) string {
	return mdSpecial().ReplaceAllString(s, `\$0`)
}

var semverRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$`)
})

// SemVer returns version as a Semantic Versioning 2.0 string for SARIF's
// tool.driver.version: "v0.2.0" becomes "0.2.0"; anything else (a
// development build's "(devel) 1a2b3c4d5e6f+dirty", "(unknown)", "") becomes
// "0.0.0-devel", with what it said as build metadata ("+1a2b3c4d5e6f.dirty").
func SemVer(version string) string {
	v := strings.TrimSpace(version)
	if semverRE().MatchString(v) {
		return strings.TrimPrefix(v, "v")
	}
	var meta []string
	for _, f := range strings.FieldsFunc(v, func(r rune) bool {
		return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-')
	}) {
		if f != "devel" && f != "unknown" {
			meta = append(meta, f)
		}
	}
	if len(meta) == 0 {
		return "0.0.0-devel"
	}
	return "0.0.0-devel+" + strings.Join(meta, ".")
}
