package output

import (
	"encoding/json"
	"io"
	"slices"
	"strconv"
)

// codeClimateIssue is one issue of a GitLab Code Quality report (a subset
// of the Code Climate issue format that GitLab reads).
type codeClimateIssue struct {
	Type        string              `json:"type"`
	CheckName   string              `json:"check_name"`
	Description string              `json:"description"`
	Categories  []string            `json:"categories"`
	Severity    string              `json:"severity"`
	Fingerprint string              `json:"fingerprint"`
	Location    codeClimateLocation `json:"location"`
}

type codeClimateLocation struct {
	Path  string `json:"path"`
	Lines struct {
		Begin int `json:"begin"`
		End   int `json:"end,omitempty"`
	} `json:"lines"`
}

// CodeClimate writes findings as a GitLab Code Quality report: a JSON
// array (`[]` when clean) of issues with check_name (the analyzer),
// description ("message (analyzer)"), severity (critical for the rules
// tagged security, which let goods go unpaid, major otherwise), the
// path relative to the repository's top level (GitLab resolves it there,
// as code scanning does for SARIF) and the first line. The fingerprint is
// Fingerprint, so an issue keeps it across unrelated edits and merge
// request widgets compare branches correctly; the second and later
// findings with the same fingerprint get ":2", ":3"... (GitLab needs them
// unique).
func CodeClimate(w io.Writer, fs []Finding, tool Tool) error {
	root := tool.srcRoot()
	issues := []codeClimateIssue{}
	seen := map[string]int{}
	for _, f := range fs {
		g := f
		g.File, _ = root.Rel(f.File)
		fp := Fingerprint(g)
		seen[fp]++
		if n := seen[fp]; n > 1 {
			fp += ":" + strconv.Itoa(n)
		}
		is := codeClimateIssue{
			Type: "issue", CheckName: f.Analyzer, Description: f.Message + " (" + f.Analyzer + ")",
			Categories: []string{"Bug Risk"}, Severity: "major", Fingerprint: fp,
		}
		if slices.Contains(DefaultTags(f.Analyzer), "security") {
			is.Categories, is.Severity = []string{"Security"}, "critical"
		}
		is.Location.Path = g.File
		is.Location.Lines.Begin = f.Line
		if f.EndLine > f.Line {
			is.Location.Lines.End = f.EndLine
		}
		issues = append(issues, is)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(issues)
}
