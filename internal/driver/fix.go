package driver

import (
	"bytes"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"os"
	"sort"

	"github.com/paylint/paylint/internal/output"
)

// -fix applies the first suggested fix of each finding that is still
// reported after the other filters (-tests, -baseline, -new-from-rev), so
// `paylint -new-from-rev main -fix` fixes only what a change introduced.
// We apply the edits of go vet's JSON ourselves rather than run
// `go vet -fix`, which would fix every finding the tool reports.
//
// A fix is applied whole or not at all: a fix whose edits overlap an edit
// already taken (another finding's) is left out, and a file whose result
// does not parse is left as it was. The same edit offered twice (a file
// analysed in a package and in its test variant) is applied once.

// fileEdit is one edit in byte offsets of its file.
type fileEdit struct {
	start, end int
	text       string
}

// applyFixes edits the files and returns the findings whose fix was not
// applied (they are still to be reported) and how many fixes were.
func applyFixes(fs []output.Finding, root output.SrcRoot, stderr io.Writer) (rest []output.Finding, applied int, err error) {
	contents := map[string][]byte{}
	taken := map[string][]fileEdit{}
	type fixed struct {
		f     output.Finding
		files []string
	}
	var done []fixed
	for _, f := range fs {
		if len(f.SuggestedFixes) == 0 {
			rest = append(rest, f)
			continue
		}
		edits, ok := resolveFix(f.SuggestedFixes[0], root, contents)
		if !ok || !fits(taken, edits) {
			rest = append(rest, f)
			continue
		}
		for file, es := range edits {
			taken[file] = append(taken[file], es...)
		}
		done = append(done, fixed{f, sortedKeys(edits)})
	}
	failed := map[string]bool{}
	for _, file := range sortedKeys(taken) {
		out, err := apply(contents[file], taken[file])
		if err == nil {
			_, err = parser.ParseFile(token.NewFileSet(), file, out, parser.SkipObjectResolution)
		}
		if err != nil {
			failed[file] = true
			fmt.Fprintf(stderr, "paylint: -fix: %s left unchanged: the fixed file would not parse: %s\n", file, oneLine(err.Error()))
			continue
		}
		if err := os.WriteFile(file, out, 0o644); err != nil {
			return nil, 0, failf("-fix: %v", err)
		}
	}
	for _, d := range done {
		ok := true
		for _, file := range d.files {
			ok = ok && !failed[file]
		}
		if ok {
			applied++
		} else {
			rest = append(rest, d.f)
		}
	}
	return output.Sort(rest), applied, nil
}

// resolveFix turns a fix's line:column edits into byte offsets, per
// absolute file; ok is false when a position is outside its file.
func resolveFix(fix output.SuggestedFix, root output.SrcRoot, contents map[string][]byte) (map[string][]fileEdit, bool) {
	out := map[string][]fileEdit{}
	for _, e := range fix.Edits {
		file := root.Abs(e.File)
		data, ok := contents[file]
		if !ok {
			var err error
			if data, err = os.ReadFile(file); err != nil {
				return nil, false
			}
			contents[file] = data
		}
		start, ok1 := offset(data, e.Line, e.Column)
		end, ok2 := offset(data, e.EndLine, e.EndColumn)
		if !ok1 || !ok2 || end < start {
			return nil, false
		}
		out[file] = append(out[file], fileEdit{start, end, e.NewText})
	}
	return out, len(out) > 0
}

// offset is the byte offset of a 1-based line and byte column in data.
func offset(data []byte, line, col int) (int, bool) {
	if line < 1 || col < 1 {
		return 0, false
	}
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return 0, false
		}
		off += i + 1
	}
	off += col - 1
	if off > len(data) {
		return 0, false
	}
	return off, true
}

// fits reports whether every edit either repeats one already taken or
// overlaps none of them.
func fits(taken map[string][]fileEdit, edits map[string][]fileEdit) bool {
	for file, es := range edits {
		for _, e := range es {
			for _, t := range taken[file] {
				if e == t {
					continue
				}
				if e.start < t.end && t.start < e.end || e.start == t.start && e.end == t.end {
					return false // overlapping, or two insertions at one place
				}
			}
		}
	}
	return true
}

// apply applies non-overlapping edits (duplicates allowed) to data.
func apply(data []byte, edits []fileEdit) ([]byte, error) {
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].start != edits[j].start {
			return edits[i].start < edits[j].start
		}
		return edits[i].end < edits[j].end
	})
	var b bytes.Buffer
	last := 0
	for i, e := range edits {
		if i > 0 && e == edits[i-1] {
			continue
		}
		if e.start < last {
			return nil, fmt.Errorf("overlapping edits at offset %d", e.start)
		}
		b.Write(data[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(data[last:])
	return b.Bytes(), nil
}
