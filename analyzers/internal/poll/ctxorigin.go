package poll

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
)

// ---- where a context handed to a call comes from -----------------------------
//
// ctxIndex answers whether a context expression never ends while the
// process runs (ctxbound.go): it follows local variables set once and
// the parameters of the package's functions to every call of them.

type ctxSite struct {
	call *ast.CallExpr
	decl *ast.FuncDecl
}

type ctxIndex struct {
	pass  *analysis.Pass
	sites []ctxSite
	// calls: the calls of each function of the package; other: the
	// function is used otherwise than called (a func value, a method
	// value), so its callers are not all in sight.
	calls map[*types.Func][]ctxSite
	other map[*types.Func]bool
	// defs: the value a local variable is defined with (nil when it is
	// assigned again or its address is taken).
	defs map[*types.Var]ast.Expr
	bad  map[*types.Var]bool
}

func newCtxIndex(pass *analysis.Pass) *ctxIndex {
	x := &ctxIndex{pass: pass, calls: map[*types.Func][]ctxSite{}, other: map[*types.Func]bool{}, defs: map[*types.Var]ast.Expr{}, bad: map[*types.Var]bool{}}
	info := pass.TypesInfo
	for _, d := range funcs.Of(pass).Bodies() {
		fd := d.Syntax
		callee := map[ast.Expr]bool{}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				x.sites = append(x.sites, ctxSite{n, fd})
				fun := unparen(n.Fun)
				if sel, ok := fun.(*ast.SelectorExpr); ok {
					fun = sel.Sel
				}
				callee[fun] = true
				if fn, _ := typeutil.Callee(info, n).(*types.Func); fn != nil && fn.Pkg() == pass.Pkg {
					x.calls[fn.Origin()] = append(x.calls[fn.Origin()], ctxSite{n, fd})
				}
			case *ast.Ident:
				if fn, ok := info.Uses[n].(*types.Func); ok && !callee[n] {
					x.other[fn.Origin()] = true
				}
			case *ast.AssignStmt:
				x.assign(n.Lhs, n.Rhs, n.Tok == token.DEFINE)
			case *ast.ValueSpec:
				lhs := make([]ast.Expr, len(n.Names))
				for i, id := range n.Names {
					lhs[i] = id
				}
				x.assign(lhs, n.Values, true)
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if v := x.varOf(n.X); v != nil {
						x.bad[v] = true
					}
				}
			}
			return true
		})
	}
	return x
}

// assign records the definitions of lhs and marks variables assigned
// again.
func (x *ctxIndex) assign(lhs, rhs []ast.Expr, define bool) {
	for i, l := range lhs {
		v := x.varOf(l)
		if v == nil {
			continue
		}
		id, _ := unparen(l).(*ast.Ident)
		if !define || id == nil || x.pass.TypesInfo.Defs[id] != v {
			x.bad[v] = true
			continue
		}
		switch {
		case len(rhs) == len(lhs):
			x.defs[v] = rhs[i]
		case len(rhs) == 1 && i == 0:
			x.defs[v] = rhs[0] // ctx, stop := signal.NotifyContext(…)
		default:
			x.bad[v] = true
		}
	}
}

func (x *ctxIndex) varOf(e ast.Expr) *types.Var {
	id, ok := unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	obj := x.pass.TypesInfo.Uses[id]
	if obj == nil {
		obj = x.pass.TypesInfo.Defs[id]
	}
	v, _ := obj.(*types.Var)
	if v == nil || v.IsField() {
		return nil
	}
	return v
}

// neverEnds returns the call that made the context e when the context
// never ends while the process runs: context.Background() or TODO(),
// context.WithoutCancel(…), signal.NotifyContext of such a context, a
// local set once from one, a parameter of a function of the package
// every call of which (one at least) hands one. nil otherwise.
func (x *ctxIndex) neverEnds(e ast.Expr, decl *ast.FuncDecl, depth int) *ast.CallExpr {
	if depth > 6 {
		return nil
	}
	e = unparen(e)
	if c, ok := e.(*ast.CallExpr); ok {
		fn, _ := typeutil.Callee(x.pass.TypesInfo, c).(*types.Func)
		switch {
		case isFunc(fn, "context", "Background", "TODO", "WithoutCancel"):
			return c
		case isFunc(fn, "os/signal", "NotifyContext") && len(c.Args) > 0:
			if x.neverEnds(c.Args[0], decl, depth+1) != nil {
				return c
			}
		case isFunc(fn, "context", "WithValue") && len(c.Args) == 3:
			return x.neverEnds(c.Args[0], decl, depth+1) // a value ends nothing
		}
		return nil
	}
	v := x.varOf(e)
	if v == nil || x.bad[v] || !isContext(v.Type()) {
		return nil
	}
	if def, ok := x.defs[v]; ok {
		return x.neverEnds(def, decl, depth+1)
	}
	return x.paramNeverEnds(v, decl, depth)
}

// paramNeverEnds: v is a parameter of decl, a function (not a method)
// of the package that only the package calls, and every call hands a
// context that never ends.
func (x *ctxIndex) paramNeverEnds(v *types.Var, decl *ast.FuncDecl, depth int) *ast.CallExpr {
	if decl == nil || decl.Recv != nil {
		return nil
	}
	fn, _ := x.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if fn == nil || x.other[fn] || fn.Exported() && x.pass.Pkg.Name() != "main" {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	idx := -1
	for i := 0; i < sig.Params().Len(); i++ {
		if sig.Params().At(i) == v {
			idx = i
		}
	}
	calls := x.calls[fn]
	if idx < 0 || len(calls) == 0 {
		return nil
	}
	var origin *ast.CallExpr
	for _, s := range calls {
		if idx >= len(s.call.Args) || s.call.Ellipsis.IsValid() {
			return nil
		}
		o := x.neverEnds(s.call.Args[idx], s.decl, depth+1)
		if o == nil {
			return nil
		}
		if origin == nil {
			origin = o
		}
	}
	return origin
}
