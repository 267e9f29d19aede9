package output

import (
	"encoding/json"
	"io"
	"os"
	"strconv"
	"strings"
)

// SchemaURI is the $schema of paylint's SARIF logs.
const SchemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

// srcRootID is the uriBaseId of every location in the repository.
const srcRootID = "%SRCROOT%"

// Tool describes paylint and its rules for SARIF.
type Tool struct {
	Name    string // "paylint" when empty
	Version string // made a semantic version by SemVer
	Rules   []Rule
	// Dir is the directory relative Finding.File paths are relative to
	// (Converter.Dir); empty means the working directory.
	Dir string
	// Root is the repository's top level; empty means FindSrcRoot(Dir).
	Root string
}

// srcRoot resolves Dir and Root.
func (t Tool) srcRoot() SrcRoot {
	dir := t.Dir
	if dir == "" {
		if wd, err := os.Getwd(); err == nil {
			dir = wd
		}
	}
	if t.Root != "" {
		return SrcRoot{Dir: dir, Top: t.Root}
	}
	return FindSrcRoot(dir)
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                 `json:"tool"`
	OriginalURIBaseIDs map[string]sarifArtifactL `json:"originalUriBaseIds"`
	Results            []sarifResult             `json:"results"`
	ColumnKind         string                    `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version"`
	SemanticVersion string      `json:"semanticVersion"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name"`
	ShortDescription     sarifText         `json:"shortDescription"`
	FullDescription      sarifText         `json:"fullDescription"`
	Help                 sarifHelp         `json:"help"`
	HelpURI              string            `json:"helpUri,omitempty"`
	DefaultConfiguration map[string]string `json:"defaultConfiguration"`
	Properties           sarifRuleProps    `json:"properties"`
}

type sarifRuleProps struct {
	Tags      []string `json:"tags"`
	Precision string   `json:"precision"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
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

// level is the SARIF level of every paylint rule and result: a finding is a
// likely bug to fix before merge, and "error" is kept for tools that are
// certain; code scanning shows warnings as such.
const level = "warning"

// SARIF writes a SARIF 2.1.0 log that GitHub code scanning accepts: one run,
// one rule per analyzer (title, doc as text and Markdown, help page, tags,
// level warning) and one result per finding, located relative to the
// repository's top level (the %SRCROOT% base, see SrcRoot) with columns in
// UTF-16 code units, read from the source files, and with a
// partialFingerprints entry (FingerprintKey) that survives unrelated edits:
// Fingerprint of the finding with its repository-relative path, then ":"
// and the finding's rank among those with the same fingerprint (":1",
// ":2", ...).
func SARIF(w io.Writer, fs []Finding, tool Tool) error {
	root := tool.srcRoot()
	name := tool.Name
	if name == "" {
		name = "paylint"
	}
	version := SemVer(tool.Version)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name: name, Version: version, SemanticVersion: version,
			InformationURI: InformationURI, Rules: []sarifRule{},
		}},
		OriginalURIBaseIDs: map[string]sarifArtifactL{srcRootID: {URI: root.TopURI()}},
		Results:            []sarifResult{},
		ColumnKind:         "utf16CodeUnits",
	}
	index := map[string]int{}
	for _, r := range tool.Rules {
		if _, dup := index[r.ID]; !dup {
			index[r.ID] = len(run.Tool.Driver.Rules)
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(r, true))
		}
	}
	src := newSources()
	seen := map[string]int{} // fingerprint → findings so far
	for _, f := range fs {
		idx, ok := index[f.Analyzer]
		if !ok {
			// A finding of an analyzer missing from the rule list still
			// gets a rule, without a help page that may not exist.
			idx = len(run.Tool.Driver.Rules)
			index[f.Analyzer] = idx
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(Rule{ID: f.Analyzer, Doc: f.Analyzer}, false))
		}
		res := sarifResult{
			RuleID:    f.Analyzer,
			RuleIndex: idx,
			Level:     level,
			Message:   sarifText{f.Message},
			Locations: []sarifLocation{{PhysicalLocation: physical(root, src, f.File, f.Line, f.Column, f.EndLine, f.EndColumn)}},
		}
		for i, r := range f.Related {
			id := i + 1
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID:               &id,
				PhysicalLocation: physical(root, src, r.File, r.Line, r.Column, 0, 0),
				Message:          &sarifText{r.Message},
			})
		}
		g := f
		g.File, _ = root.Rel(f.File)
		fp := Fingerprint(g)
		seen[fp]++
		res.PartialFingerprints = map[string]string{FingerprintKey: fp + ":" + strconv.Itoa(seen[fp])}
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: SchemaURI, Version: "2.1.0", Runs: []sarifRun{run}})
}

// sarifRuleOf describes r; withHelpURI links its documentation page.
func sarifRuleOf(r Rule, withHelpURI bool) sarifRule {
	doc := strings.TrimSpace(r.Doc)
	sr := sarifRule{
		ID:                   r.ID,
		Name:                 r.ID,
		ShortDescription:     sarifText{r.Title()},
		FullDescription:      sarifText{doc},
		Help:                 sarifHelp{Text: doc},
		DefaultConfiguration: map[string]string{"level": level},
		Properties:           sarifRuleProps{Tags: r.tags(), Precision: "high"},
	}
	if withHelpURI {
		sr.HelpURI = r.helpURI()
		sr.Help.Markdown = r.markdown()
	}
	return sr
}

// physical locates file:line:col[-endLine:endCol] (a Finding.File and Go
// byte columns) relative to the repository's top level, in UTF-16 columns.
// A file outside the repository gets its absolute file: URI.
func physical(root SrcRoot, src *sources, file string, line, col, endLine, endCol int) sarifPhysical {
	abs := root.Abs(file)
	art := sarifArtifactL{URI: fileURI(abs)}
	if rel, ok := root.Rel(file); ok {
		art = sarifArtifactL{URI: relURI(rel), URIBaseID: srcRootID}
	}
	reg := sarifRegion{StartLine: line, StartColumn: src.utf16Column(abs, line, col)}
	if endLine > 0 && (endLine != line || endCol != col) {
		reg.EndLine, reg.EndColumn = endLine, src.utf16Column(abs, endLine, endCol)
	}
	if reg.StartLine < 1 {
		reg.StartLine = 1 // SARIF lines start at 1; a file-level finding has line 0
	}
	return sarifPhysical{ArtifactLocation: art, Region: reg}
}
