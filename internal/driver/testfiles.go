package driver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// go vet vets a package together with its test files. When only a test
// file cannot be loaded (it imports a module the go.mod does not require,
// or one the proxy refuses), go vet skips the whole package, and its
// findings in ordinary files would be lost for a fault in a test. paylint
// then vets such packages once more with their test files hidden by an
// -overlay, and says so in one line per package.

// withoutTestsFlag marks the go vet run over packages whose test files
// are hidden. The tool ignores its value.
const withoutTestsFlag = "without-tests"

// untestable is a package that loads, whose test files do not.
type untestable struct {
	path  string
	files []string // absolute paths of its _test.go files
	why   string   // the first load error of its test variant
}

// line is what the user is told about it.
func (u untestable) line(dir string) string {
	return rel(fmt.Sprintf("package %s was analysed without its test files, which cannot be loaded: %s", u.path, u.why), dir)
}

// listUntestable asks go list, tests included, which of the patterns'
// packages load but whose tests do not. Errors leave the list empty:
// this only refines a run that already failed.
func listUntestable(req vetRequest) []untestable {
	if overlaySet(req) {
		return nil // the user's overlay wins; two cannot be combined
	}
	cmd := goCommand(req, append([]string{"list", "-e", "-test", "-json=ImportPath,Name,ForTest,Dir,Error,DepsErrors,TestGoFiles,XTestGoFiles"}, req.patterns...)...)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	if cmd.Run() != nil {
		return nil
	}
	type pkgError struct{ Pos, Err string }
	type listed struct {
		ImportPath, Name, ForTest, Dir string
		Error                          *pkgError
		DepsErrors                     []*pkgError
		TestGoFiles, XTestGoFiles      []string
	}
	loads := map[string]*listed{}
	var order []string
	why := map[string]string{}
	dec := json.NewDecoder(&stdout)
	for dec.More() {
		p := new(listed)
		if dec.Decode(p) != nil {
			return nil
		}
		failed := p.Error
		if failed == nil && len(p.DepsErrors) > 0 {
			failed = p.DepsErrors[0]
		}
		switch {
		case p.ForTest != "":
			if failed != nil && why[p.ForTest] == "" {
				why[p.ForTest] = oneLine(strings.TrimPrefix(failed.Pos+": "+failed.Err, ": "))
			}
		case p.Name == "main" && strings.HasSuffix(p.ImportPath, ".test"):
			// the generated test main: its errors are its variants'
		case failed == nil && len(p.TestGoFiles)+len(p.XTestGoFiles) > 0:
			loads[p.ImportPath] = p
			order = append(order, p.ImportPath)
		}
	}
	var out []untestable
	for _, path := range order {
		if why[path] == "" {
			continue
		}
		p := loads[path]
		u := untestable{path: path, why: why[path]}
		for _, f := range append(append([]string(nil), p.TestGoFiles...), p.XTestGoFiles...) {
			u.files = append(u.files, filepath.Join(p.Dir, f))
		}
		out = append(out, u)
	}
	return out
}

// overlaySet reports whether the user gave the go command an -overlay.
func overlaySet(req vetRequest) bool {
	for _, f := range append(strings.Fields(os.Getenv("GOFLAGS")), req.build...) {
		if strings.HasPrefix(strings.TrimLeft(f, "-"), "overlay") {
			return true
		}
	}
	return false
}

// withoutTests returns the request with an overlay that hides the test
// files of us, and a function that removes the overlay file.
func withoutTests(req vetRequest, us []untestable) (vetRequest, func(), error) {
	replace := map[string]string{}
	for _, u := range us {
		for _, f := range u.files {
			replace[f] = "" // an empty replacement: the file does not exist
		}
	}
	data, err := json.Marshal(map[string]any{"Replace": replace})
	if err != nil {
		return req, nil, err
	}
	f, err := os.CreateTemp("", "paylint-overlay-*.json")
	if err != nil {
		return req, nil, err
	}
	name := f.Name()
	cleanup := func() { os.Remove(name) }
	if _, err := f.Write(data); err != nil {
		f.Close()
		cleanup()
		return req, nil, err
	}
	if err := f.Close(); err != nil {
		cleanup()
		return req, nil, err
	}
	req.build = append(append([]string(nil), req.build...), "-overlay="+name)
	// The packages are now vetted as named without test variants, under
	// the key their earlier facts-only units were cached with (the test
	// files were on disk then): a tool flag keeps the keys apart.
	req.flags = append(append([]string(nil), req.flags...), "-"+withoutTestsFlag)
	return req, cleanup, nil
}

// mentionsTestFiles reports whether a line of the go command names one of
// the hidden test files (go vet's own complaint about the import), which
// the untestable line replaces.
func mentionsTestFiles(line, dir string, us []untestable) bool {
	for _, u := range us {
		for _, f := range u.files {
			if strings.HasPrefix(line, rel(f, dir)+":") || strings.HasPrefix(line, f+":") {
				return true
			}
		}
	}
	return false
}
