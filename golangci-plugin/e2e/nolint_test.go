package e2e

import (
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkNolint appends //nolint:<analyzer> to one reported line per analyzer
// (a line with no comment, where that analyzer reports once) and expects
// exactly those findings to disappear.
func (e *env) checkNolint(t *testing.T, base findings) {
	t.Helper()
	perLine := map[finding]int{} // file, line, analyzer -> count
	for f := range base {
		perLine[finding{File: f.File, Line: f.Line, Analyzer: f.Analyzer}]++
	}
	chosen := map[string]finding{}
	edits := map[string]map[int][]string{} // file -> line -> analyzers
	for _, f := range base.sorted() {
		if _, done := chosen[f.Analyzer]; done || perLine[finding{File: f.File, Line: f.Line, Analyzer: f.Analyzer}] != 1 {
			continue
		}
		if len(edits[f.File][f.Line]) > 0 {
			continue // one nolint per line keeps "exactly" simple
		}
		if _, ok := nolintSpot(t, filepath.Join(e.dir, filepath.FromSlash(f.File)), f.Line); !ok {
			continue
		}
		chosen[f.Analyzer] = f
		if edits[f.File] == nil {
			edits[f.File] = map[int][]string{}
		}
		edits[f.File][f.Line] = append(edits[f.File][f.Line], f.Analyzer)
	}
	if len(chosen) == 0 {
		t.Fatalf("(2) no reported line to put //nolint on")
	}
	for file, lines := range edits {
		path := filepath.Join(e.dir, filepath.FromSlash(file))
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src := strings.Split(string(data), "\n")
		for line, as := range lines {
			at, _ := nolintSpot(t, path, line)
			l := src[line-1]
			src[line-1] = strings.TrimRight(l[:at], " \t") + " //nolint:" + strings.Join(as, ",") + " // e2e " + l[at:]
		}
		if err := os.WriteFile(path, []byte(strings.Join(src, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := findings{}
	for f, m := range base {
		if c, ok := chosen[f.Analyzer]; !ok || c != f {
			want[f] = m
		}
	}
	got := e.golangci(t, e.config(t, nil, ""))
	if d := diff("expected", want, "golangci-lint", got); d != "" {
		t.Errorf("(2) //nolint on %v does not suppress exactly those findings:%s", chosen, d)
	}
	t.Logf("(2) //nolint suppressed exactly %d findings: %v", len(chosen), chosen)
}

// nolintSpot returns the byte offset in line (1-based) of file where a
// //nolint comment can go: before a trailing // comment, else at the end of
// the line. ok is false when the line has a block comment or ends inside a
// raw string.
func nolintSpot(t *testing.T, path string, line int) (offset int, ok bool) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	if line > len(lines) {
		return 0, false
	}
	fset := token.NewFileSet()
	file := fset.AddFile(path, -1, len(src))
	var s scanner.Scanner
	s.Init(file, src, nil, scanner.ScanComments)
	offset = len(lines[line-1])
	for {
		pos, tok, lit := s.Scan()
		p := fset.Position(pos)
		if tok == token.EOF || p.Line > line {
			return offset, true
		}
		switch tok {
		case token.COMMENT:
			last := p.Line + strings.Count(lit, "\n")
			if last < line {
				continue
			}
			if p.Line != line || !strings.HasPrefix(lit, "//") {
				return 0, false
			}
			offset = p.Column - 1
		case token.STRING: // a raw string over several lines
			if line < p.Line+strings.Count(lit, "\n") {
				return 0, false
			}
		}
	}
}
