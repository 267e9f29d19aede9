package directive

import (
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// usage records which directives suppressed a finding during one pass.
type usage struct {
	mu   sync.Mutex
	used map[*Ignore]bool
}

// tracked holds the usage of each pass run under CheckUnused; passes of
// other analyzers (tests' demos) are not tracked and leave nothing behind.
var tracked sync.Map // *analysis.Pass -> *usage

func markUsed(pass *analysis.Pass, igs []*Ignore) {
	v, ok := tracked.Load(pass)
	if !ok {
		return
	}
	u := v.(*usage)
	u.mu.Lock()
	defer u.mu.Unlock()
	for _, ig := range igs {
		u.used[ig] = true
	}
}

// RunFunc is the type of analysis.Analyzer.Run.
type RunFunc = func(*analysis.Pass) (any, error)

// CheckUnused wraps a rule's run: once the rule has reported everything
// (through Report, its only way to report), each //paylint:ignore naming the
// rule that suppressed none of its findings is reported by the rule itself,
// so a -checks selection that leaves the rule out leaves its directives
// alone. A directive naming several analyzers is checked by each for its
// own name. Nothing is checked when the run fails, nor directives without a
// reason (CheckIgnores reports those), nor those in generated files whose
// findings are not reported.
func CheckUnused(run RunFunc) RunFunc { return checkUnused(run, false) }

// CheckUnusedOutsideTests is CheckUnused for a rule that reports nothing in
// _test.go files: it leaves the directives there alone too.
func CheckUnusedOutsideTests(run RunFunc) RunFunc { return checkUnused(run, true) }

func checkUnused(run RunFunc, skipTests bool) RunFunc {
	return func(pass *analysis.Pass) (any, error) {
		u := &usage{used: map[*Ignore]bool{}}
		tracked.Store(pass, u)
		defer tracked.Delete(pass)
		res, err := run(pass)
		if err == nil {
			reportUnused(pass, u, skipTests)
		}
		return res, err
	}
}

func reportUnused(pass *analysis.Pass, u *usage, skipTests bool) {
	name := pass.Analyzer.Name
	u.mu.Lock()
	defer u.mu.Unlock()
	for _, f := range pass.Files {
		if hidden(f) || skipTests && strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		for _, ig := range Ignores(pass.Fset, f) {
			if ig.Reason == "" || !ig.Names(name) || u.used[ig] {
				continue
			}
			if len(ig.Analyzers) == 1 {
				report(pass, ig.Pos, "//paylint:ignore "+name+" suppresses no finding here: remove it")
			} else {
				report(pass, ig.Pos, "//paylint:ignore "+strings.Join(ig.Analyzers, ",")+": "+name+" suppresses no finding here: remove "+name+" from it")
			}
		}
	}
}
