package driver

import (
	"encoding/json"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

// ---- go vet's result cache and packages vetted as dependencies ----------
//
// Since Go 1.26 the go command caches a unit's stdout (the findings) with
// its facts, under a key that does not say whether the unit was analysed
// for its findings or only for the facts of its importers (VetxOnly). A
// package that has no test files is vetted under the same key in both
// roles. So after `go vet ./cmd/...` (where ./billing is only a
// dependency, analysed for facts and silent), `go vet ./billing` finds
// the key in the cache, prints the stored nothing, and passes: a stale
// result, and one a CI gate would take for a clean package. The stock vet
// tool does the same (Go 1.26.8).
//
// A package with test files is vetted, when named, as its test variant,
// under another key; one without them is not. So paylint analyses such a
// package of the main module fully even when go vet asks only for facts:
// its findings are what the cache must hold for the day it is named. The
// cost: `go vet ./cmd/...` also prints the findings of the main module's
// untested packages that ./cmd imports (true findings, and the same ones
// `go vet ./...` prints), and those units do the rules' work as well as
// the model's. Libraries and the standard library are untouched: they
// have no findings, and go vet never names them.

// cachedAsNamed reports whether go vet would store the unit's stdout
// under the key it uses when the package is named: a VetxOnly unit of a
// Go 1.26+ go command (which caches stdout) for a package of the main
// module with no test files in its package.
func cachedAsNamed(u *unit) bool {
	if !u.VetxOnly || u.Stdout == "" || u.ModulePath == "" || u.ModuleVersion != "" || u.ID != u.ImportPath {
		return false
	}
	return !hasInternalTests(u.Dir)
}

// hasInternalTests reports whether dir holds a _test.go file of the
// package itself (not an external pkg_test package) that the default
// build context would compile: then go vet vets the package, when named,
// as its test variant.
func hasInternalTests(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return true // unsure: keep go vet's own behaviour
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := build.Default.MatchFile(dir, name); err != nil || !ok {
			if err != nil {
				return true
			}
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.PackageClauseOnly)
		if err != nil {
			return true
		}
		if !strings.HasSuffix(f.Name.Name, "_test") {
			return true
		}
	}
	return false
}

// analyseFully rewrites the unit's configuration so that unitchecker
// reports findings (VetxOnly false). It reports whether it did.
func analyseFully(cfgPath string) bool {
	data, err := os.ReadFile(cfgPath)
	if err != nil {
		return false
	}
	var cfg map[string]any
	if json.Unmarshal(data, &cfg) != nil {
		return false
	}
	cfg["VetxOnly"] = false
	out, err := json.Marshal(cfg)
	if err != nil {
		return false
	}
	return os.WriteFile(cfgPath, out, 0o644) == nil
}
