// Package directive reads paylint's comment directives:
//
//	//paylint:ignore <analyzer>[,<analyzer>] <reason>
//	//paylint:fulfillment   (on a function: calling it grants what was paid for)
//	//paylint:verifier      (on a function: it verifies a webhook signature)
//
// Suppression lives inside the analyzers (Report) rather than in a driver, so
// it holds in every runner: go vet, the standalone CLI and golangci-lint. So
// do the checks of the directives themselves (CheckIgnores: no reason,
// unknown analyzer names, near-miss spellings; CheckUnused: suppressions
// that suppress nothing) and the skipping of generated files.
package directive

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

const (
	ignorePrefix = "//paylint:ignore"
	// Fulfillment marks a function whose call grants what was paid for.
	Fulfillment = "fulfillment"
	// Verifier marks a function that verifies a webhook signature.
	Verifier = "verifier"
)

// Ignore is one //paylint:ignore directive.
type Ignore struct {
	Pos       token.Pos
	Line      int
	Analyzers []string
	Reason    string
}

// Names reports whether the directive names analyzer.
func (ig *Ignore) Names(analyzer string) bool {
	for _, a := range ig.Analyzers {
		if a == analyzer {
			return true
		}
	}
	return false
}

var cache sync.Map // *ast.File -> []*Ignore

// Ignores returns the //paylint:ignore directives of a file.
func Ignores(fset *token.FileSet, f *ast.File) []*Ignore {
	if v, ok := cache.Load(f); ok {
		return v.([]*Ignore)
	}
	var out []*Ignore
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if ig := parseIgnore(fset, c); ig != nil {
				out = append(out, ig)
			}
		}
	}
	cache.Store(f, out)
	return out
}

func parseIgnore(fset *token.FileSet, c *ast.Comment) *Ignore {
	rest, ok := strings.CutPrefix(c.Text, ignorePrefix)
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return nil
	}
	// A trailing comment inside the directive ("… // note") is not part of it.
	if i := strings.Index(rest, "//"); i >= 0 {
		rest = rest[:i]
	}
	fields := strings.Fields(rest)
	ig := &Ignore{Pos: c.Pos(), Line: fset.Position(c.Pos()).Line}
	if len(fields) > 0 {
		for _, a := range strings.Split(fields[0], ",") {
			if a = strings.TrimSpace(a); a != "" {
				ig.Analyzers = append(ig.Analyzers, a)
			}
		}
		ig.Reason = strings.Join(fields[1:], " ")
	}
	return ig
}

// Suppressed reports whether a diagnostic of analyzer at pos is silenced by
// a //paylint:ignore on the same line or the line above.
func Suppressed(pass *analysis.Pass, analyzer string, pos token.Pos) bool {
	return len(suppressors(pass, fileOf(pass, pos), analyzer, pos)) > 0
}

// suppressors returns every directive of f that silences a diagnostic of
// analyzer at pos: all of them, so that none is later called unused.
func suppressors(pass *analysis.Pass, f *ast.File, analyzer string, pos token.Pos) []*Ignore {
	if f == nil {
		return nil
	}
	var out []*Ignore
	line := pass.Fset.Position(pos).Line
	for _, ig := range Ignores(pass.Fset, f) {
		if (ig.Line == line || ig.Line == line-1) && ig.Names(analyzer) && ig.Reason != "" {
			out = append(out, ig)
		}
	}
	return out
}

// Report reports d unless it is in a generated file (see
// SetIncludeGenerated) or suppressed for pass.Analyzer. A suppression is
// recorded, so that CheckUnused knows the directive did its job.
func Report(pass *analysis.Pass, d analysis.Diagnostic) {
	f := fileOf(pass, d.Pos)
	if hidden(f) {
		return
	}
	if igs := suppressors(pass, f, pass.Analyzer.Name, d.Pos); len(igs) > 0 {
		markUsed(pass, igs)
		return
	}
	if d.Category == "" {
		d.Category = pass.Analyzer.Name
	}
	pass.Report(d)
}

// Reportf is Report with a formatted message at node's position.
func Reportf(pass *analysis.Pass, node ast.Node, format string, args ...any) {
	Report(pass, analysis.Diagnostic{Pos: node.Pos(), End: node.End(), Message: fmt.Sprintf(format, args...)})
}

// OnFunc reports whether a function declaration carries //paylint:<name>
// in its doc comment.
func OnFunc(decl *ast.FuncDecl, name string) bool {
	if decl == nil || decl.Doc == nil {
		return false
	}
	want := "//paylint:" + name
	for _, c := range decl.Doc.List {
		if c.Text == want || strings.HasPrefix(c.Text, want+" ") {
			return true
		}
	}
	return false
}

func fileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}
