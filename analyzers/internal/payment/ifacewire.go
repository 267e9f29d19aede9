package payment

import (
	"go/ast"
	"go/types"
	"slices"
)

// ---- which implementations of a dependency count ------------------------------
//
// A dependency's type counts as an implementation of an interface only when
// something says it is one (the rule of handler/ifacefx.go): this package
// stores, passes or returns it where the interface is expected
// (&Checkout{gw: hilt.New(key)}), it is declared beside the interface, or
// its package imports the interface's package. A type that only happens to
// have the method (a small interface and an unrelated client) does not.

// Wire is a concrete type a package hands over as an interface.
type Wire struct {
	Iface *types.Interface
	Impl  *types.Named
}

// designated: impl (a method of a dependency's type) counts for fn of it.
func (b *builder) designated(fn *types.Func, it *types.Interface, impl *types.Func) bool {
	st := b.ix.ifaceState()
	if !st.wired {
		st.wired, st.wires = true, Wires(b.pass.TypesInfo, b.pass.Files)
	}
	return Designated(st.wires, it, fn.Pkg(), b.pass.Pkg, impl) || carvedFrom(fn, it, impl) || carvedMixed(fn, it, impl) // carvedport.go, carvedmixed.go
}

// Designated reports whether impl, a method of a concrete type, counts as
// an implementation of it (an interface declared in ifacePkg) for the
// package here, which hands over the types in wires as interfaces: a type
// of here, a type here wires as that very interface (a type wired as
// another interface with the same methods does not count),
// a type declared beside the interface, or one whose package imports the
// interface's. The handler model asks the same for effects.
func Designated(wires []Wire, it *types.Interface, ifacePkg, here *types.Package, impl *types.Func) bool {
	if impl.Pkg() == nil {
		return false
	}
	if impl.Pkg() == here {
		return true
	}
	sig, _ := impl.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return false
	}
	t := sig.Recv().Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	if n == nil {
		return false
	}
	for _, w := range wires {
		if w.Impl.Origin() == n.Origin() && types.Identical(w.Iface, it) {
			return true
		}
	}
	if ifacePkg == nil {
		return false
	}
	if impl.Pkg() == ifacePkg {
		return true
	}
	for _, p := range impl.Pkg().Imports() {
		if p == ifacePkg {
			return true
		}
	}
	return false
}

// MayDesignate reports whether some method of package p could be
// Designated for an interface of ifacePkg in package here: p is here, the
// interface's package or imports it, or a wire hands over a type of p.
// Callers skip the other packages without listing their types (listing
// them decodes every object of an SDK's export data).
func MayDesignate(wires []Wire, ifacePkg, here, p *types.Package) bool {
	if p == here || ifacePkg != nil && (p == ifacePkg || slices.Contains(p.Imports(), ifacePkg)) {
		return true
	}
	for _, w := range wires {
		if w.Impl.Obj().Pkg() == p {
			return true
		}
	}
	return false
}

// Wires collects the wires of the package's files: assignments, typed
// var declarations, keyed struct literal fields, call arguments and
// returned values whose destination is an interface.
func Wires(info *types.Info, files []*ast.File) []Wire {
	var out []Wire
	add := func(dst types.Type, src ast.Expr) {
		if w, ok := wireOf(info, dst, src); ok {
			out = append(out, w)
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.AssignStmt:
				if len(x.Lhs) == len(x.Rhs) {
					for i := range x.Lhs {
						add(info.TypeOf(x.Lhs[i]), x.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				if x.Type != nil {
					for _, v := range x.Values {
						add(info.TypeOf(x.Type), v)
					}
				}
			case *ast.CompositeLit:
				wireLiteral(info, x, add)
			case *ast.CallExpr:
				if sig, ok := info.TypeOf(x.Fun).(*types.Signature); ok {
					for i, a := range x.Args {
						if i < sig.Params().Len() {
							add(sig.Params().At(i).Type(), a)
						}
					}
				}
			case *ast.FuncDecl:
				wireReturns(info, x.Type, x.Body, add)
			case *ast.FuncLit:
				wireReturns(info, x.Type, x.Body, add)
			}
			return true
		})
	}
	return out
}

// wireOf: src, of a named concrete type (or a pointer to one), goes where
// the interface dst is expected.
func wireOf(info *types.Info, dst types.Type, src ast.Expr) (Wire, bool) {
	if dst == nil || src == nil {
		return Wire{}, false
	}
	it, ok := dst.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return Wire{}, false
	}
	t := info.TypeOf(src)
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || types.IsInterface(n) {
		return Wire{}, false
	}
	return Wire{Iface: it, Impl: n}, true
}

// wireLiteral: the keyed fields of a struct literal.
func wireLiteral(info *types.Info, lit *ast.CompositeLit, add func(types.Type, ast.Expr)) {
	if t := info.TypeOf(lit); t == nil {
		return
	} else if _, ok := t.Underlying().(*types.Struct); !ok {
		return
	}
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if f, ok := info.Uses[id].(*types.Var); ok {
					add(f.Type(), kv.Value)
				}
			}
		}
	}
}

// wireReturns: the values a function returns as its declared results
// (function literals inside are visited on their own).
func wireReturns(info *types.Info, ft *ast.FuncType, body *ast.BlockStmt, add func(types.Type, ast.Expr)) {
	if body == nil || ft.Results == nil {
		return
	}
	var results []types.Type
	for _, f := range ft.Results.List {
		n := max(len(f.Names), 1)
		for range n {
			results = append(results, info.TypeOf(f.Type))
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(x.Results) == len(results) {
				for i, r := range x.Results {
					add(results[i], r)
				}
			}
		}
		return true
	})
}
