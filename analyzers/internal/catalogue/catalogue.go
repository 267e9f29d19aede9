// Package catalogue runs a test package's analysistest catalogue in one
// load.
//
// Every analysistest.Run loads its packages and all their dependencies
// (the library stubs under testdata) from source, type-checks them and
// computes every dependency's facts again. With one Run per catalogue case
// that was most of `go test ./...`: webhookverify's 27 cases took 80 s,
// the same packages in one Run take 5 s. So a case registers its packages
// at package level with Add, keeping its name and the comment that says
// which mistake or look-alike it stands for, and the package's
// TestCatalogue runs them all: one analysistest.Run per analyzer. Want
// lines are matched per file and line exactly as before, so a failure
// still points into the case's own testdata.
//
// To run some cases only, name them in CATALOGUE (a regular expression
// matched against the case names): CATALOGUE=BodyClass go test -run
// TestCatalogue ./analyzers/webhookverify/.
package catalogue

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Case is one catalogue case: the packages its want lines are in.
type Case struct {
	Name     string
	Patterns []string
}

// Set is a test package's catalogue, per analyzer in the order added.
type Set struct {
	order []*analysis.Analyzer
	cases map[*analysis.Analyzer][]Case
}

// Add registers a case run with analyzer a. It returns nothing useful:
// it is called as `var _ = cases.Add(...)` beside the case's comment.
func (s *Set) Add(a *analysis.Analyzer, name string, patterns ...string) bool {
	if s.cases == nil {
		s.cases = map[*analysis.Analyzer][]Case{}
	}
	if _, ok := s.cases[a]; !ok {
		s.order = append(s.order, a)
	}
	s.cases[a] = append(s.cases[a], Case{Name: name, Patterns: patterns})
	return true
}

// Run runs every case, one analysistest.Run per analyzer over the union
// of the cases' packages (CATALOGUE narrows the cases).
func (s *Set) Run(t *testing.T) {
	dir := Testdata(t)
	only := selection(t)
	for _, a := range s.order {
		pats := patterns(s.cases[a], only)
		if len(pats) == 0 {
			continue
		}
		t.Run(a.Name, func(t *testing.T) { analysistest.Run(t, dir, a, pats...) })
	}
}

func patterns(cases []Case, only *regexp.Regexp) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range cases {
		if only != nil && !only.MatchString(c.Name) {
			continue
		}
		for _, p := range c.Patterns {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

func selection(t *testing.T) *regexp.Regexp {
	expr := os.Getenv("CATALOGUE")
	if expr == "" {
		return nil
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		t.Fatalf("CATALOGUE=%q: %v", expr, err)
	}
	return re
}

// Testdata is the repository's testdata directory (the GOPATH of the
// catalogue), found from the test's working directory up to go.mod.
func Testdata(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("catalogue: no go.mod above the test's directory")
		}
		dir = parent
	}
}
