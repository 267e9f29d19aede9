package handler

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ---- which values this package gives another package's page fields -----------------
//
// A page of another package that calls through its fields (a port, a use
// case) is judged where it is built, with what is bound to those fields:
// pagebind.go for its paid-state ports, holdbind.go for the holds
// it hands a port. Both walk the package's constructions the same way.

// pageFacts memoises, page type by page type, the fact F a dependency
// recorded for the page (pagebind.go: its unchecked port calls,
// holdbind.go: its hold calls); nil when there is none or it records no
// call (calls counts them).
func pageFacts[F any, PF interface {
	*F
	analysis.Fact
}](pass *analysis.Pass, calls func(PF) int) func(*types.Named) PF {
	pages := map[*types.TypeName]PF{}
	return func(n *types.Named) PF {
		f, seen := pages[n.Obj()]
		if !seen {
			f = PF(new(F))
			if !pass.ImportObjectFact(n.Obj(), f) || calls(f) == 0 {
				f = nil
			}
			pages[n.Obj()] = f
		}
		return f
	}
}

// objectFactAround: some dependency recorded a fact of type F on one of
// its objects (a cheap filter before walking the package's pages).
func objectFactAround[F analysis.Fact](pass *analysis.Pass) bool {
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(F); ok {
			return true
		}
	}
	return false
}

// headFields: the page field each call goes through (the first of its
// path), call by call.
func headFields[C any](calls []C, path func(C) []string) []string {
	out := make([]string, len(calls))
	for i, c := range calls {
		out[i] = path(c)[0]
	}
	return out
}

// everyBound: every value bound to page t's field (exprs) resolves,
// through path, to a type whose method effect accepts; the first's
// description. The port effects (pagebind.go) and the holds
// (holdbind.go) of a page ask it.
func (w *wiring) everyBound(t *types.Named, path []string, method string, exprs []ast.Expr, effect func(types.Type) (string, bool)) (string, bool) {
	typs, ok := w.boundTypes(t, path, method, exprs)
	if !ok {
		return "", false
	}
	desc := ""
	for _, typ := range typs {
		d, ok := effect(typ)
		if !ok {
			return "", false
		}
		if desc == "" {
			desc = d
		}
	}
	return desc, desc != ""
}

// pageCtor binds the arguments of a constructor call of page t to the
// page's fields (bind), marking fields it cannot tell (bad).
type pageCtor func(call *ast.CallExpr, t *types.Named, sig *types.Signature, fields map[string]*types.Var, bind func(string, ast.Expr), bad map[string]bool)

// pageBindings walks the package's non-test files for the pages of other
// packages it builds — composite literals of the page type, and calls of
// functions returning it (ctor binds their arguments) — where fieldsOf
// names the fields the page's recorded calls go through (none: not a
// page). It returns the pages in order of first construction, the
// expressions bound to each field, and the fields some construction
// leaves unset or unknown.
func (w *wiring) pageBindings(fieldsOf func(*types.Named) []string, ctor pageCtor) (order []*types.Named, bound map[bindKey][]ast.Expr, bad map[bindKey]bool) {
	pass, fx := w.fx.pass, w.fx
	bound, bad = map[bindKey][]ast.Expr{}, map[bindKey]bool{}
	seen := map[*types.Named]bool{}
	page := func(t types.Type) (*types.Named, []string) {
		n := namedOf(t)
		if n == nil || n.Obj().Pkg() == nil || n.Obj().Pkg() == pass.Pkg {
			return nil, nil
		}
		return n, fieldsOf(n)
	}
	for _, file := range pass.Files {
		if strings.HasSuffix(pass.Fset.Position(file.Pos()).Filename, "_test.go") {
			continue // a test's wiring serves no buyer
		}
		ast.Inspect(file, func(n ast.Node) bool {
			var t *types.Named
			var names []string
			switch x := n.(type) {
			case *ast.CompositeLit:
				if t, names = page(pass.TypesInfo.TypeOf(x)); len(names) > 0 {
					set := litFields(t, x)
					for _, name := range names {
						k := bindKey{t, name}
						if e, ok := set[name]; ok {
							bound[k] = append(bound[k], e)
						} else {
							bad[k] = true
						}
					}
				}
			case *ast.CallExpr:
				sig, _ := fnSig(fx.m.calleeFunc(x))
				if sig == nil || sig.Recv() != nil || sig.Results().Len() == 0 {
					return true
				}
				if t, names = page(sig.Results().At(0).Type()); len(names) > 0 {
					fields := map[string]*types.Var{}
					for _, name := range names {
						if fv := structField(t, name); fv != nil {
							fields[name] = fv
						}
					}
					badF := map[string]bool{}
					ctor(x, t, sig, fields, func(field string, e ast.Expr) {
						bound[bindKey{t, field}] = append(bound[bindKey{t, field}], e)
					}, badF)
					for field := range badF {
						bad[bindKey{t, field}] = true
					}
				}
			}
			if len(names) > 0 && !seen[t] {
				seen[t] = true
				order = append(order, t)
			}
			return true
		})
	}
	return order, bound, bad
}

// boundTypes: the concrete types behind a page field's bound values
// (exprs), through path: when the page holds a struct of its package
// holding the port (a path of two fields), that struct's field at every
// construction here. ok false when one cannot be told.
func (w *wiring) boundTypes(t *types.Named, path []string, method string, exprs []ast.Expr) ([]types.Type, bool) {
	var typs []types.Type
	for _, e := range exprs {
		typ := w.concrete(e)
		if typ == nil {
			return nil, false
		}
		typs = append(typs, typ)
	}
	if len(path) != 2 {
		return typs, true
	}
	var inner []types.Type
	for _, typ := range typs {
		u := namedOf(typ)
		if u == nil || u.Obj().Pkg() != t.Obj().Pkg() {
			return nil, false
		}
		bs := w.bindings(u, []WireCall{{Field: path[1], Method: method}})[path[1]]
		if len(bs) == 0 {
			return nil, false
		}
		inner = append(inner, bs...)
	}
	return inner, true
}
