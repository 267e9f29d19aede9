package output

import (
	"encoding/json"
	"io"
	"strings"
)

// Tool describes paylint and its rules for SARIF.
type Tool struct {
	Name    string
	Version string
	Rules   []Rule
}

// Rule is one analyzer as a SARIF reportingDescriptor.
type Rule struct {
	ID  string // the analyzer name
	Doc string // the analyzer's Doc; its first line is the title
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

type sarifLog struct {
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	Results    []sarifResult `json:"results"`
	ColumnKind string        `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name    string      `json:"name"`
	Version string      `json:"version,omitempty"`
	Rules   []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name"`
	ShortDescription     sarifText         `json:"shortDescription"`
	FullDescription      sarifText         `json:"fullDescription"`
	Help                 sarifText         `json:"help"`
	DefaultConfiguration map[string]string `json:"defaultConfiguration"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactL `json:"artifactLocation"`
	Region           sarifRegion    `json:"region"`
}

type sarifArtifactL struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// SARIF writes a SARIF 2.1.0 log with one run, one rule per analyzer (id =
// analyzer name, shortDescription = title, fullDescription and help = doc)
// and one result per finding. Relative paths use the %SRCROOT% base. It
// contains no URLs. Columns are Go's byte columns, which equal Unicode code
// point columns on ASCII lines.
func SARIF(w io.Writer, fs []Finding, tool Tool) error {
	index := map[string]int{}
	run := sarifRun{
		Tool:       sarifTool{Driver: sarifDriver{Name: tool.Name, Version: tool.Version, Rules: []sarifRule{}}},
		Results:    []sarifResult{},
		ColumnKind: "unicodeCodePoints",
	}
	for i, r := range tool.Rules {
		index[r.ID] = i
		doc := strings.TrimSpace(r.Doc)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID:                   r.ID,
			Name:                 r.ID,
			ShortDescription:     sarifText{r.Title()},
			FullDescription:      sarifText{doc},
			Help:                 sarifText{doc},
			DefaultConfiguration: map[string]string{"level": "warning"},
		})
	}
	for _, f := range fs {
		idx, ok := index[f.Analyzer]
		if !ok {
			// A finding of an analyzer missing from the rule list still gets a rule.
			idx = len(run.Tool.Driver.Rules)
			index[f.Analyzer] = idx
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
				ID: f.Analyzer, Name: f.Analyzer,
				ShortDescription:     sarifText{f.Analyzer},
				FullDescription:      sarifText{f.Analyzer},
				Help:                 sarifText{f.Analyzer},
				DefaultConfiguration: map[string]string{"level": "warning"},
			})
		}
		loc := sarifArtifactL{URI: f.File}
		if !strings.HasPrefix(f.File, "/") {
			loc.URIBaseID = "%SRCROOT%"
		} else {
			loc.URI = "file://" + f.File
		}
		reg := sarifRegion{StartLine: f.Line, StartColumn: f.Column}
		if f.EndLine > 0 && (f.EndLine != f.Line || f.EndColumn != f.Column) {
			reg.EndLine, reg.EndColumn = f.EndLine, f.EndColumn
		}
		run.Results = append(run.Results, sarifResult{
			RuleID:    f.Analyzer,
			RuleIndex: idx,
			Level:     "warning",
			Message:   sarifText{f.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: loc, Region: reg}}},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Version: "2.1.0", Runs: []sarifRun{run}})
}
