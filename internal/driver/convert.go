package driver

import (
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/paylint/paylint/internal/output"
)

// analyzerFlags returns the flags the user set that go vet's tool takes:
// analyzer options (-pollinterval.min=3s) and -generated.
func analyzerFlags(fs *flag.FlagSet) []string {
	var out []string
	fs.Visit(func(f *flag.Flag) {
		if strings.Contains(f.Name, ".") && !strings.HasPrefix(f.Name, "debug.") || f.Name == "generated" {
			out = append(out, "-"+f.Name+"="+f.Value.String())
		}
	})
	return out
}

// convertAll turns go vet's diagnostics into findings with paths relative
// to dir, leaving out those in test files unless tests is set.
func convertAll(diags []vetDiagnostic, dir string, tests bool) []output.Finding {
	conv := output.Converter{Dir: dir}
	files := fileCache{}
	funcs := funcCache{fset: token.NewFileSet(), files: map[string]*ast.File{}}
	var out []output.Finding
	for _, d := range diags {
		file, line, col := splitPosn(d.Posn)
		if !tests && strings.HasSuffix(file, "_test.go") {
			continue
		}
		f := output.Finding{
			Analyzer: d.analyzer, File: conv.RelPath(file), Line: line, Column: col,
			EndLine: line, EndColumn: col, Message: d.Message,
		}
		f.Function = funcs.at(file, line, col)
		if _, l, c := splitPosn(d.End); l > 0 {
			f.EndLine, f.EndColumn = l, c
		}
		for _, sf := range d.SuggestedFixes {
			fix := output.SuggestedFix{Message: sf.Message, Edits: []output.Edit{}}
			for _, e := range sf.Edits {
				l, c := files.position(e.Filename, e.Start)
				el, ec := files.position(e.Filename, e.End)
				fix.Edits = append(fix.Edits, output.Edit{
					File: conv.RelPath(e.Filename), Line: l, Column: c,
					EndLine: el, EndColumn: ec, NewText: e.New,
				})
			}
			f.SuggestedFixes = append(f.SuggestedFixes, fix)
		}
		for _, r := range d.Related {
			rf, rl, rc := splitPosn(r.Posn)
			f.Related = append(f.Related, output.RelatedFinding{File: conv.RelPath(rf), Line: rl, Column: rc, Message: r.Message})
		}
		out = append(out, f)
	}
	return output.Sort(out)
}

// splitPosn splits "file:line:col" (the file may contain colons).
func splitPosn(s string) (file string, line, col int) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0, 0
	}
	j := strings.LastIndexByte(s[:i], ':')
	if j < 0 {
		return s, 0, 0
	}
	line, err1 := strconv.Atoi(s[j+1 : i])
	col, err2 := strconv.Atoi(s[i+1:])
	if err1 != nil || err2 != nil {
		return s, 0, 0
	}
	return s[:j], line, col
}

// fileCache turns byte offsets of suggested-fix edits into line and
// column (1-based, columns in bytes as go/token counts them).
type fileCache map[string][]byte

func (fc fileCache) position(name string, offset int) (line, col int) {
	data, ok := fc[name]
	if !ok {
		data, _ = os.ReadFile(name)
		fc[name] = data
	}
	offset = min(max(offset, 0), len(data))
	before := string(data[:offset])
	return 1 + strings.Count(before, "\n"), offset - strings.LastIndexByte(before, '\n')
}

// funcCache names the function around a finding (for its fingerprint),
// parsing each file once.
type funcCache struct {
	fset  *token.FileSet
	files map[string]*ast.File
}

func (fc funcCache) at(file string, line, col int) string {
	f, ok := fc.files[file]
	if !ok {
		f, _ = parser.ParseFile(fc.fset, file, nil, parser.SkipObjectResolution)
		fc.files[file] = f
	}
	if f == nil {
		return ""
	}
	return output.FunctionAt(fc.fset, f, line, col)
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}
