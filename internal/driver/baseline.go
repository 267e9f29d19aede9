package driver

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/paylint/paylint/internal/output"
)

// A baseline records the findings a codebase has today, so that a CI gate
// can fail only on new ones. A finding is identified by output.Fingerprint
// over its analyzer, repository-relative file, enclosing function and
// message without digits, never its line: code moving above it does not
// make it new. Two identical findings in one function are two entries of
// the same fingerprint (count 2), so a third one is new.

// baselineVersion is the format of the file; bump it when Fingerprint
// changes meaning.
const baselineVersion = 1

// baselineFile is the JSON document -baseline-write writes.
type baselineFile struct {
	Version  int             `json:"paylint_baseline"`
	Findings []baselineEntry `json:"findings"`
}

// baselineEntry is one fingerprint with how many findings carry it. The
// other fields are for the people reviewing the file; only Fingerprint and
// Count are read back.
type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Count       int    `json:"count"`
	Analyzer    string `json:"analyzer"`
	File        string `json:"file"`
	Function    string `json:"function,omitempty"`
	Message     string `json:"message"`
}

// baselineID returns the fingerprint of f with its file made relative to
// the repository's top level, as in SARIF, so the baseline does not depend
// on the directory paylint runs in.
func baselineID(root output.SrcRoot, f output.Finding) (string, output.Finding) {
	f.File, _ = root.Rel(f.File)
	return output.Fingerprint(f), f
}

// writeBaseline writes the baseline of fs to path.
func writeBaseline(path string, fs []output.Finding, root output.SrcRoot) error {
	byID := map[string]*baselineEntry{}
	for _, f := range fs {
		id, g := baselineID(root, f)
		if e := byID[id]; e != nil {
			e.Count++
			continue
		}
		byID[id] = &baselineEntry{Fingerprint: id, Count: 1, Analyzer: g.Analyzer, File: g.File, Function: g.Function, Message: g.Message}
	}
	doc := baselineFile{Version: baselineVersion, Findings: []baselineEntry{}}
	for _, e := range byID {
		doc.Findings = append(doc.Findings, *e)
	}
	sort.Slice(doc.Findings, func(i, j int) bool {
		a, b := doc.Findings[i], doc.Findings[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Function != b.Function {
			return a.Function < b.Function
		}
		if a.Analyzer != b.Analyzer {
			return a.Analyzer < b.Analyzer
		}
		return a.Fingerprint < b.Fingerprint
	})
	data, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// baseline is a loaded baseline file: how many findings of each
// fingerprint are known.
type baseline struct {
	path   string
	counts map[string]int
}

// loadBaseline reads a file written by -baseline-write.
func loadBaseline(path string) (*baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, failf("-baseline: %v", err)
	}
	var doc baselineFile
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, failf("-baseline %s: not a paylint baseline (%v): write one with -baseline-write", path, err)
	}
	if doc.Version != baselineVersion {
		return nil, failf("-baseline %s: not a paylint baseline of version %d (found %d): write one with -baseline-write", path, baselineVersion, doc.Version)
	}
	b := &baseline{path: path, counts: map[string]int{}}
	for _, e := range doc.Findings {
		if e.Fingerprint == "" || e.Count < 1 {
			return nil, failf("-baseline %s: an entry without a fingerprint or count: write the file with -baseline-write", path)
		}
		b.counts[e.Fingerprint] += e.Count
	}
	return b, nil
}

// filter returns the findings the baseline does not know, in order, and
// how many of the baseline's findings no longer occur. Findings are
// matched per fingerprint up to the recorded count.
func (b *baseline) filter(fs []output.Finding, root output.SrcRoot) (fresh []output.Finding, gone int) {
	left := make(map[string]int, len(b.counts))
	for id, n := range b.counts {
		left[id] = n
	}
	for _, f := range fs {
		id, _ := baselineID(root, f)
		if left[id] > 0 {
			left[id]--
			continue
		}
		fresh = append(fresh, f)
	}
	for _, n := range left {
		gone += n
	}
	return fresh, gone
}

// noteGone tells, on one line, that the baseline can shrink.
func (b *baseline) noteGone(w io.Writer, gone int) {
	if gone == 0 {
		return
	}
	fmt.Fprintf(w, "paylint: note: %d baseline %s no longer reported (fixed or removed): the baseline can shrink; rewrite it with -baseline-write %s\n", gone, plural(gone, "finding", "findings"), b.path)
}
