// Package goroot tells the standard library's code from everyone else's.
//
// In go vet mode every dependency of a package is analysed too, the
// standard library first: work spent there is spent on every cold run
// and finds nothing a merchant wrote (go vet never prints a dependency's
// diagnostics). Models and rules ask here before walking a package.
package goroot

import (
	"go/build"
	"go/token"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// File reports whether the file named name lies in GOROOT/src.
func File(name string) bool {
	p := src()
	return p != "" && strings.HasPrefix(name, p)
}

// src is GOROOT/src with a trailing separator ("" if GOROOT is unknown).
var src = sync.OnceValue(func() string {
	if build.Default.GOROOT == "" {
		return ""
	}
	return filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
})

// Pass reports whether pass analyses a package of the standard library.
func Pass(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return false
	}
	return File(pass.Fset.File(pass.Files[0].Pos()).Name())
}

// Decl reports whether obj is declared in the standard library.
func Decl(fset *token.FileSet, obj interface{ Pos() token.Pos }) bool {
	f := fset.File(obj.Pos())
	return f != nil && File(f.Name())
}
