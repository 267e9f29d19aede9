package fuzz_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/paylint/paylint/analyzers"
)

// srcDir is the analysistest tree: the robust corpus, the rule cases and
// the stubs of the third-party packages they import.
var srcDir = filepath.Join("..", "..", "testdata", "src")

// seedDirs are the cases whose files seed the corpus: every file of the
// robust corpus and of these rule cases (one file each is one input).
var seedDirs = []string{
	"robust/closures", "robust/recursion", "robust/gotos", "robust/unreachable",
	"robust/generics", "robust/cgo", "robust/buildtags",
	"idempotency/recursion", "idempotency/stripe82", "idempotency/libs",
	"pollcreate", "pollinterval", "pollbound",
	"redirectfulfill", "webhookverify", "retrystatus", "retrybackoff",
}

var (
	once   sync.Once
	shared *loader
)

// FuzzAnalyzers type-checks a mutated source file as a package of its own
// and runs every analyzer over it: none may panic or fail. Inputs that do
// not parse or type-check are skipped, as go vet would not analyse them.
func FuzzAnalyzers(f *testing.F) {
	for _, src := range seeds(f) {
		f.Add(src)
	}
	once.Do(func() {
		analyzers.UseConfig(new(analyzers.Config)) // no .paylint.yml lookups
		shared = newLoader(srcDir)
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		root, err := shared.check("fuzzinput", []string{filepath.Join(os.TempDir(), "fuzzinput", "input.go")}, src)
		if err != nil {
			t.Skip(err)
		}
		graph, err := checker.Analyze(analyzers.All(), []*packages.Package{root}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for act := range graph.All() {
			if act.Err != nil {
				t.Errorf("%s: %v\ninput:\n%s", act, act.Err, src)
			}
		}
	})
}

// seeds reads the seed files: the Go files directly in each seed
// directory and in its immediate subdirectories.
func seeds(f *testing.F) [][]byte {
	var out [][]byte
	for _, d := range seedDirs {
		for _, pattern := range []string{"*.go", "*/*.go"} {
			files, err := filepath.Glob(filepath.Join(srcDir, d, pattern))
			if err != nil {
				f.Fatal(err)
			}
			for _, file := range files {
				if strings.HasSuffix(file, "_test.go") {
					continue
				}
				data, err := os.ReadFile(file)
				if err != nil {
					f.Fatal(err)
				}
				out = append(out, data)
			}
		}
	}
	if len(out) == 0 {
		f.Fatal("no seed files under " + srcDir)
	}
	return out
}
