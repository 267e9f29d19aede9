package output

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// SrcRoot places findings in a repository. Code scanning resolves SARIF
// paths against the repository's top level, not against the directory
// paylint ran in, so a module in a subdirectory (webapp/go) must report
// webapp/go/billing/charge.go, not billing/charge.go.
type SrcRoot struct {
	// Dir is the directory relative Finding.File paths are relative to
	// (the working directory, Converter.Dir).
	Dir string
	// Top is the repository's top level, or Dir outside a repository.
	Top string
}

// FindSrcRoot returns the SrcRoot of dir: Top is the nearest directory at or
// above dir that contains .git (a directory, or a file in a worktree or
// submodule), else dir itself. It needs no git binary.
func FindSrcRoot(dir string) SrcRoot {
	dir = filepath.Clean(dir)
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return SrcRoot{Dir: dir, Top: d}
		}
		parent := filepath.Dir(d)
		if parent == d {
			return SrcRoot{Dir: dir, Top: dir}
		}
		d = parent
	}
}

// Abs returns the absolute path of a Finding.File.
func (r SrcRoot) Abs(file string) string {
	p := filepath.FromSlash(file)
	if !filepath.IsAbs(p) {
		p = filepath.Join(r.Dir, p)
	}
	return p
}

// Rel returns file (a Finding.File) relative to Top with forward slashes,
// and whether it lies below Top. Symbolic links are resolved only when the
// plain paths disagree (a working directory reached through a link).
func (r SrcRoot) Rel(file string) (string, bool) {
	abs := r.Abs(file)
	if rel, ok := below(r.Top, abs); ok {
		return rel, true
	}
	top, err1 := filepath.EvalSymlinks(r.Top)
	real, err2 := filepath.EvalSymlinks(abs)
	if err1 == nil && err2 == nil {
		if rel, ok := below(top, real); ok {
			return rel, true
		}
	}
	return filepath.ToSlash(abs), false
}

func below(dir, path string) (string, bool) {
	rel, err := filepath.Rel(dir, path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// TopURI is the file URI of Top with a trailing slash, the value of the
// %SRCROOT% base.
func (r SrcRoot) TopURI() string {
	return fileURI(r.Top) + "/"
}

// fileURI is the file: URI of an absolute path, percent-encoded.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive path: file:///C:/...
	}
	u := url.URL{Scheme: "file", Path: strings.TrimSuffix(p, "/")}
	s := u.String()
	if !strings.HasPrefix(s, "file:///") {
		s = "file://" + strings.TrimPrefix(s, "file:") // url omits the empty host
	}
	return s
}

// relURI percent-encodes a relative slash path as a URI reference.
func relURI(rel string) string {
	u := url.URL{Path: rel}
	return u.String()
}
