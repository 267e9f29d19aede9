package fuzz_test

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"
)

// loader type-checks fuzz inputs against the standard library (from
// compiler export data, so each input costs only its own type-check) and
// the third-party stubs under testdata/src (from source, with syntax, so
// the analyzers see them as dependencies with facts). Loaded packages are
// kept across inputs: one loader serves the whole fuzzing run, under the
// fuzz engine's one-input-at-a-time calls per worker process.
type loader struct {
	fset   *token.FileSet
	src    string // testdata/src
	gc     types.Importer
	pkgs   map[string]*packages.Package
	failed map[string]error
	sizes  types.Sizes
}

func newLoader(src string) *loader {
	fset := token.NewFileSet()
	return &loader{
		fset:   fset,
		src:    src,
		gc:     importer.ForCompiler(fset, "gc", nil),
		pkgs:   map[string]*packages.Package{},
		failed: map[string]error{},
		sizes:  types.SizesFor("gc", runtime.GOARCH),
	}
}

// Import makes the loader a types.Importer.
func (l *loader) Import(path string) (*types.Package, error) {
	p, err := l.load(path)
	if err != nil {
		return nil, err
	}
	return p.Types, nil
}

// load returns the package at path: a stub from testdata/src if there is
// one, else a standard package from export data (types only, no imports
// listed: facts of the standard library are not needed here).
func (l *loader) load(path string) (*packages.Package, error) {
	if p, ok := l.pkgs[path]; ok {
		return p, nil
	}
	if err, ok := l.failed[path]; ok {
		return nil, err // a mutated import path: do not ask the go command again
	}
	p, err := l.loadNew(path)
	if err != nil {
		l.failed[path] = err
		return nil, err
	}
	l.pkgs[path] = p
	return p, nil
}

func (l *loader) loadNew(path string) (*packages.Package, error) {
	if path == "" || strings.Contains(path, "..") || strings.ContainsAny(path, "\\:") || filepath.IsAbs(path) || strings.HasPrefix(path, ".") {
		return nil, fmt.Errorf("unsupported import path %q", path)
	}
	dir := filepath.Join(l.src, filepath.FromSlash(path))
	var p *packages.Package
	if bp, err := build.ImportDir(dir, 0); err == nil && len(bp.GoFiles) > 0 {
		var files []string
		for _, f := range bp.GoFiles {
			files = append(files, filepath.Join(dir, f))
		}
		p, err = l.check(path, files, nil)
		if err != nil {
			return nil, fmt.Errorf("stub %s: %v", path, err)
		}
	} else {
		t, err := l.gc.Import(path)
		if err != nil {
			return nil, err
		}
		p = l.wrap(path, t, nil, nil)
	}
	return p, nil
}

// check parses and type-checks one package from files (read from disk, or
// src when given for the single file), or fails on the first error.
func (l *loader) check(path string, files []string, src []byte) (*packages.Package, error) {
	var syntax []*ast.File
	for _, name := range files {
		var text any
		if src != nil {
			text = src
		}
		f, err := parser.ParseFile(l.fset, name, text, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		syntax = append(syntax, f)
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	var firstErr error
	conf := types.Config{
		Importer:    l,
		Sizes:       l.sizes,
		FakeImportC: true,
		Error: func(err error) {
			if firstErr == nil {
				firstErr = err
			}
		},
	}
	t, _ := conf.Check(path, l.fset, syntax, info)
	if firstErr != nil {
		return nil, firstErr
	}
	return l.wrap(path, t, syntax, info), nil
}

// wrap makes a packages.Package as go/analysis/checker wants one, with
// the packages its files import (already loaded) as Imports.
func (l *loader) wrap(path string, t *types.Package, syntax []*ast.File, info *types.Info) *packages.Package {
	p := &packages.Package{
		ID:         path,
		Name:       t.Name(),
		PkgPath:    path,
		Fset:       l.fset,
		Syntax:     syntax,
		Types:      t,
		TypesInfo:  info,
		TypesSizes: l.sizes,
		Imports:    map[string]*packages.Package{},
	}
	if info == nil {
		p.TypesInfo = &types.Info{}
	}
	for _, f := range syntax {
		for _, spec := range f.Imports {
			ip, _ := strconv.Unquote(spec.Path.Value)
			if dep, ok := l.pkgs[ip]; ok {
				p.Imports[ip] = dep
			}
		}
	}
	return p
}
