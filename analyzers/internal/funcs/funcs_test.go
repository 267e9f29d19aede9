package funcs_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/funcs"
)

// TestSet: declarations in source order, bodies and test files told
// apart, lookups by object; a pass whose analyzer does not require
// Analyzer gets a Set of its own.
func TestSet(t *testing.T) {
	fset := token.NewFileSet()
	src := map[string]string{
		"a.go":      "package p\nfunc A() {}\nfunc asm() int\ntype T struct{}\nfunc (T) M() {}\n",
		"a_test.go": "package p\nfunc helper() {}\n",
	}
	var files []*ast.File
	for _, name := range []string{"a.go", "a_test.go"} {
		f, err := parser.ParseFile(fset, name, src[name], 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, files, info)
	if err != nil {
		t.Fatal(err)
	}
	pass := &analysis.Pass{Fset: fset, Files: files, Pkg: pkg, TypesInfo: info, ResultOf: map[*analysis.Analyzer]any{}}
	s := funcs.Of(pass)
	names := func(ds []funcs.Decl) (out []string) {
		for _, d := range ds {
			out = append(out, d.Func.Name())
		}
		return out
	}
	for _, c := range []struct {
		what      string
		got, want []string
	}{
		{"All", names(s.All()), []string{"A", "asm", "M", "helper"}},
		{"Bodies", names(s.Bodies()), []string{"A", "M", "helper"}},
		{"NonTestBodies", names(s.NonTestBodies()), []string{"A", "M"}},
	} {
		if len(c.got) != len(c.want) {
			t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
			continue
		}
		for i := range c.got {
			if c.got[i] != c.want[i] {
				t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
				break
			}
		}
	}
	asm := pkg.Scope().Lookup("asm").(*types.Func)
	if s.Syntax(asm) == nil || s.Body(asm) != nil {
		t.Errorf("asm: Syntax %v, Body %v; want a declaration without a body", s.Syntax(asm), s.Body(asm))
	}
	if d, ok := s.Lookup(pkg.Scope().Lookup("A").(*types.Func)); !ok || d.File != files[0] {
		t.Errorf("Lookup(A) = %v, %v; want its declaration in a.go", d, ok)
	}
	elsewhere := types.NewFunc(token.NoPos, types.NewPackage("q", "q"), "A", types.NewSignatureType(nil, nil, nil, nil, nil, false))
	if _, ok := s.Lookup(elsewhere); ok {
		t.Error("Lookup of a function declared elsewhere found one")
	}
}
