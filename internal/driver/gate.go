package driver

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/paylint/paylint/internal/output"
)

// gate holds what the CI-gate flags need (-baseline, -baseline-write,
// -new-from-rev, -fix), prepared before go vet runs so that a missing
// baseline or an unknown revision fails at once.
type gate struct {
	root    output.SrcRoot
	write   string // -baseline-write path, absolute
	shown   string // -baseline-write path as given
	base    *baseline
	changed *changes
	fix     bool
}

// newGate checks the flags' combinations and loads what they name.
func newGate(o *options, cwd string) (*gate, error) {
	g := &gate{root: output.FindSrcRoot(cwd), write: o.baselineWrite, shown: o.baselineWrite, fix: o.fix}
	if o.baselineWrite != "" && (o.baseline != "" || o.newFromRev != "" || o.fix) {
		return nil, failf("-baseline-write records every finding: do not combine it with -baseline, -new-from-rev or -fix")
	}
	if o.baseline != "" {
		b, err := loadBaseline(o.baseline)
		if err != nil {
			return nil, err
		}
		g.base = b
	}
	if o.newFromRev != "" {
		c, err := changedSince(cwd, o.newFromRev)
		if err != nil {
			return nil, err
		}
		g.changed = c
	}
	if g.write != "" && !filepath.IsAbs(g.write) {
		g.write = filepath.Join(cwd, g.write)
	}
	return g, nil
}

// apply runs the gate over the findings: it writes the baseline (done is
// then true: nothing else is printed), or leaves out the findings the
// baseline knows and those on unchanged lines, then applies the fixes of
// what is left. Notes go to stderr, one line each. broken says some
// packages could not be analysed: a baseline is then not written, as it
// would miss their findings.
func (g *gate) apply(fs []output.Finding, broken bool, stderr io.Writer) (rest []output.Finding, done bool, err error) {
	if g.write != "" {
		if broken {
			fmt.Fprintf(stderr, "paylint: -baseline-write: %s not written: some packages could not be analysed (below)\n", g.shown)
			return fs, false, nil
		}
		if err := writeBaseline(g.write, fs, g.root); err != nil {
			return nil, false, failf("-baseline-write: %v", err)
		}
		fmt.Fprintf(stderr, "paylint: wrote %d %s to the baseline %s\n", len(fs), plural(len(fs), "finding", "findings"), g.shown)
		return nil, true, nil
	}
	if g.base != nil {
		var gone int
		fs, gone = g.base.filter(fs, g.root)
		g.base.noteGone(stderr, gone)
	}
	if g.changed != nil {
		fs = g.changed.filter(fs)
	}
	if g.fix {
		var applied int
		if fs, applied, err = applyFixes(fs, g.root, stderr); err != nil {
			return nil, false, err
		}
		if applied > 0 {
			fmt.Fprintf(stderr, "paylint: -fix: applied %d suggested %s; the findings left are printed\n", applied, plural(applied, "fix", "fixes"))
		}
	}
	return fs, false, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
