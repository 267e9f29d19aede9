// Package output renders paylint findings as text, JSON, SARIF 2.1.0 or a
// GitLab Code Quality (Code Climate) report.
//
// Every format is a function of a sorted []Finding, so the standalone CLI,
// the tests and the end-to-end golden test all print the same bytes for the
// same findings. SARIF also reads the file system: it places paths under the
// repository's top level and counts columns in UTF-16 code units, as GitHub
// code scanning expects.
package output

import (
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Formats are the accepted values of -f.
var Formats = []string{"text", "json", "sarif", "codeclimate"}

// Finding is one diagnostic with resolved positions. File is relative to the
// working directory when the file lies below it, else absolute; it always
// uses forward slashes. Function is the function declaration enclosing the
// finding ("Charge", "Store.MarkPaid") when the converter had the package's
// syntax (ConvertIn), else empty; it feeds Fingerprint.
type Finding struct {
	Analyzer       string           `json:"analyzer"`
	File           string           `json:"file"`
	Line           int              `json:"line"`
	Column         int              `json:"column"`
	EndLine        int              `json:"end_line"`
	EndColumn      int              `json:"end_column"`
	Message        string           `json:"message"`
	Function       string           `json:"function,omitempty"`
	SuggestedFixes []SuggestedFix   `json:"suggested_fixes,omitempty"`
	Related        []RelatedFinding `json:"related,omitempty"`
}

// SuggestedFix is a fix offered with a finding.
type SuggestedFix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// Edit replaces the text between two positions of one file.
type Edit struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	NewText   string `json:"new_text"`
}

// RelatedFinding is extra position information attached to a finding.
type RelatedFinding struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

// Converter turns analysis diagnostics into Findings.
type Converter struct {
	// Dir is the directory paths are made relative to (the working directory).
	Dir string
}

// RelPath returns name relative to c.Dir when it lies below it, else name;
// always with forward slashes.
func (c Converter) RelPath(name string) string {
	if c.Dir != "" && filepath.IsAbs(name) {
		if rel, err := filepath.Rel(c.Dir, name); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			name = rel
		}
	}
	return filepath.ToSlash(name)
}

// Convert resolves one diagnostic of analyzer a, without the enclosing
// function (ConvertIn finds it).
func (c Converter) Convert(fset *token.FileSet, a *analysis.Analyzer, d analysis.Diagnostic) Finding {
	return c.ConvertIn(fset, nil, a, d)
}

// ConvertIn resolves one diagnostic of analyzer a and names the function
// enclosing it, found in files: the syntax of the package analysed
// (analysis.Pass.Files, packages.Package.Syntax). The name makes the
// finding's Fingerprint survive edits that move it.
func (c Converter) ConvertIn(fset *token.FileSet, files []*ast.File, a *analysis.Analyzer, d analysis.Diagnostic) Finding {
	start := fset.Position(d.Pos)
	end := start
	if d.End.IsValid() {
		end = fset.Position(d.End)
	}
	f := Finding{
		Analyzer:  a.Name,
		File:      c.RelPath(start.Filename),
		Line:      start.Line,
		Column:    start.Column,
		EndLine:   end.Line,
		EndColumn: end.Column,
		Message:   d.Message,
		Function:  enclosingFunc(files, d.Pos),
	}
	for _, sf := range d.SuggestedFixes {
		fix := SuggestedFix{Message: sf.Message, Edits: []Edit{}}
		for _, e := range sf.TextEdits {
			s := fset.Position(e.Pos)
			en := s
			if e.End.IsValid() {
				en = fset.Position(e.End)
			}
			fix.Edits = append(fix.Edits, Edit{
				File: c.RelPath(s.Filename), Line: s.Line, Column: s.Column,
				EndLine: en.Line, EndColumn: en.Column, NewText: string(e.NewText),
			})
		}
		f.SuggestedFixes = append(f.SuggestedFixes, fix)
	}
	for _, r := range d.Related {
		p := fset.Position(r.Pos)
		f.Related = append(f.Related, RelatedFinding{File: c.RelPath(p.Filename), Line: p.Line, Column: p.Column, Message: r.Message})
	}
	return f
}

// Sort orders findings by file, line, column, analyzer and message, and
// drops exact duplicates (a file analysed both as part of a package and of
// its test variant reports twice).
func Sort(fs []Finding) []Finding {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if a.Analyzer != b.Analyzer {
			return a.Analyzer < b.Analyzer
		}
		return a.Message < b.Message
	})
	out := fs[:0]
	for i, f := range fs {
		if i > 0 {
			p := out[len(out)-1]
			if p.File == f.File && p.Line == f.Line && p.Column == f.Column && p.Analyzer == f.Analyzer && p.Message == f.Message {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// Write renders findings in the named format.
func Write(w io.Writer, format string, fs []Finding, tool Tool) error {
	switch format {
	case "text", "":
		return Text(w, fs)
	case "json":
		return JSON(w, fs)
	case "sarif":
		return SARIF(w, fs, tool)
	case "codeclimate":
		return CodeClimate(w, fs, tool)
	}
	return fmt.Errorf("unknown output format %q (want %s)", format, strings.Join(Formats, ", "))
}

// Text writes one line per finding: `path:line:col: message (analyzer)`.
func Text(w io.Writer, fs []Finding) error {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s:%d:%d: %s (%s)\n", f.File, f.Line, f.Column, f.Message, f.Analyzer)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
