// Package funcs lists the function declarations of the package a pass
// analyses: each with its syntax, its *types.Func and its file, and on
// demand its *ssa.Function.
//
// The models walk a package's functions many times (to export facts, to
// index bodies, to find helpers). The list is made once per package by
// Analyzer, whose result every model that requires it shares, and only
// when first asked for: a dependency whose models stop early (go vet
// analyses every one) pays nothing for it.
package funcs

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Decl is one function or method declared in the package.
type Decl struct {
	Syntax *ast.FuncDecl
	Func   *types.Func
	File   *ast.File
}

// SSA is the declaration's function in prog (nil if prog has none).
func (d Decl) SSA(prog *ssa.Program) *ssa.Function { return prog.FuncValue(d.Func) }

// Set is the package's function declarations, in source order. Its
// slices are shared by every analyzer of the package: read them, never
// change them.
type Set struct {
	pass *analysis.Pass

	once    sync.Once
	all     []Decl // every declaration with an object, bodies or not
	bodies  []Decl // those with a body
	nonTest []Decl // those with a body outside _test.go files

	indexOnce sync.Once
	index     map[*types.Func]int // into all
}

// Analyzer makes the package's Set (lazily: nothing is listed until a
// model asks). It reports nothing and exports no facts.
var Analyzer = &analysis.Analyzer{
	Name:       "funcdecls",
	Doc:        "lists the package's function declarations for paylint's models (internal; reports nothing)",
	ResultType: reflect.TypeOf((*Set)(nil)),
	Run:        func(pass *analysis.Pass) (any, error) { return &Set{pass: pass}, nil },
}

// Of returns the Set of pass's package: Analyzer's result when the pass's
// analyzer requires it, else one made for this call.
func Of(pass *analysis.Pass) *Set {
	if s, ok := pass.ResultOf[Analyzer].(*Set); ok {
		return s
	}
	return &Set{pass: pass}
}

func (s *Set) list() {
	s.once.Do(func() {
		for _, file := range s.pass.Files {
			test := false
			if len(file.Decls) > 0 {
				test = strings.HasSuffix(s.pass.Fset.Position(file.Pos()).Filename, "_test.go")
			}
			for _, d := range file.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				fn, _ := s.pass.TypesInfo.Defs[fd.Name].(*types.Func)
				if fn == nil {
					continue // not in a well-typed package
				}
				d := Decl{Syntax: fd, Func: fn, File: file}
				s.all = append(s.all, d)
				if fd.Body != nil {
					s.bodies = append(s.bodies, d)
					if !test {
						s.nonTest = append(s.nonTest, d)
					}
				}
			}
		}
	})
}

// All is every declaration, with a body or not (assembly, linkname).
func (s *Set) All() []Decl {
	s.list()
	return s.all
}

// Bodies is the declarations with a body.
func (s *Set) Bodies() []Decl {
	s.list()
	return s.bodies
}

// NonTestBodies is the declarations with a body outside _test.go files.
func (s *Set) NonTestBodies() []Decl {
	s.list()
	return s.nonTest
}

// Lookup is fn's declaration in the package, with a body or not; ok is
// false when fn is declared elsewhere.
func (s *Set) Lookup(fn *types.Func) (Decl, bool) {
	s.list()
	s.indexOnce.Do(func() {
		s.index = make(map[*types.Func]int, len(s.all))
		for i, d := range s.all {
			s.index[d.Func] = i
		}
	})
	i, ok := s.index[fn]
	if !ok {
		return Decl{}, false
	}
	return s.all[i], true
}

// Syntax is fn's declaration in the package, nil when it is declared
// elsewhere.
func (s *Set) Syntax(fn *types.Func) *ast.FuncDecl {
	if d, ok := s.Lookup(fn); ok {
		return d.Syntax
	}
	return nil
}

// Body is fn's declaration when it is in the package and has a body,
// else nil.
func (s *Set) Body(fn *types.Func) *ast.FuncDecl {
	if fd := s.Syntax(fn); fd != nil && fd.Body != nil {
		return fd
	}
	return nil
}
