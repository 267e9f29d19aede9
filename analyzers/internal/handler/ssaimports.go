package handler

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// createImports gives go/ssa the package's imports before it builds the
// package: the package initialiser calls theirs, and the builder looks up
// every imported function and variable the code names among their
// members.
//
// ssa.CreatePackage of an import without syntax makes a member of every
// object in its scope and a function of every method of its types: for an
// SDK such as stripe-go (thousands of types) that was most of the
// analysis of a package that imports it. Each import is instead created
// from a stand-in file declaring only the package-level functions and
// variables this package uses — declarations without bodies, which go/ssa
// treats as it treats functions from export data (parameters only).
// Methods need no member: go/ssa makes them on demand from their
// types.Func, as for any package it was not given.
func createImports(prog *ssa.Program, pass *analysis.Pass) {
	used := usedMembers(pass)
	for _, p := range pass.Pkg.Imports() {
		file, info := standIn(p, used[p])
		prog.CreatePackage(p, []*ast.File{file}, info, true)
	}
}

// usedMembers lists, per imported package, the package-level functions
// and variables the package's code refers to.
func usedMembers(pass *analysis.Pass) map[*types.Package][]types.Object {
	used := map[*types.Package][]types.Object{}
	seen := map[types.Object]bool{}
	for _, obj := range pass.TypesInfo.Uses {
		p := obj.Pkg()
		if p == nil || p == pass.Pkg || seen[obj] {
			continue
		}
		switch o := obj.(type) {
		case *types.Func:
			if o.Signature().Recv() != nil {
				continue
			}
		case *types.Var:
		default:
			continue
		}
		if p.Scope().Lookup(obj.Name()) != obj { // a field or a method's
			continue
		}
		seen[obj] = true
		used[p] = append(used[p], obj)
	}
	return used
}

// standIn is a file of package p declaring objs, and the type information
// that says which objects its names declare. A file is given even when
// objs is empty: given none, go/ssa would take every object of p's scope.
func standIn(p *types.Package, objs []types.Object) (*ast.File, *types.Info) {
	file := &ast.File{Name: ast.NewIdent(p.Name())}
	info := &types.Info{Defs: make(map[*ast.Ident]types.Object, len(objs))}
	for _, obj := range objs {
		id := ast.NewIdent(obj.Name())
		info.Defs[id] = obj
		switch obj.(type) {
		case *types.Func:
			file.Decls = append(file.Decls, &ast.FuncDecl{Name: id, Type: &ast.FuncType{}})
		case *types.Var:
			file.Decls = append(file.Decls, &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{id}}}})
		}
	}
	return file, info
}
