package retry

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a retry helper held in a func-typed field --------------------------------
//
// A client keeps its retrier in a field the constructor sets, so tests
// can swap it for one that does not wait:
//
//	type Checkout struct{ retry func(ctx context.Context, op func() error) error }
//	func NewCheckout(api *nas.Client) *Checkout { return &Checkout{retry: retryTransient} }
//	…
//	return c.retry(ctx, func() error { … })
//
// A call through such a field runs the helper it holds: c.retry(ctx, op)
// is retryTransient(ctx, op). Read only when the field (or package
// variable) is unexported and of this package, so every value it gets is
// in sight, and every value the package's non-test code gives it names
// one and the same function (retryTransient, retrykit.Do, a method value
// of a concrete receiver). A field also given a closure, a parameter (a
// caller's retrier), a second function, set by position or whose address
// is handed away holds what we cannot see: no helper, silent.

// helperCallee is the function a call runs when it may be a retry
// helper's: its static callee, else the one function the func-typed
// field it calls through always holds (fieldRetrier).
func (r *Result) helperCallee(call *ast.CallExpr) *types.Func {
	if fn := r.staticCallee(call); fn != nil {
		return fn
	}
	return r.fieldRetrier(call)
}

// fieldRetrier: the function every value of the unexported func-typed
// field or package variable that call calls through names; nil when not
// so known.
func (r *Result) fieldRetrier(call *ast.CallExpr) *types.Func {
	info := r.pass.TypesInfo
	var v *types.Var
	switch x := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		if s, ok := info.Selections[x]; ok && s.Kind() == types.FieldVal {
			v, _ = s.Obj().(*types.Var)
		}
	case *ast.Ident:
		if pv, ok := info.Uses[x].(*types.Var); ok && pv.Pkg() == r.pass.Pkg && pv.Parent() == r.pass.Pkg.Scope() {
			v = pv
		}
	}
	if v == nil || v.Exported() || v.Pkg() != r.pass.Pkg {
		return nil
	}
	if _, ok := v.Type().Underlying().(*types.Signature); !ok {
		return nil
	}
	if fn, ok := r.fieldFuncs[v]; ok {
		return fn
	}
	if r.fieldFuncs == nil {
		r.fieldFuncs = map[*types.Var]*types.Func{}
	}
	var fn *types.Func
	values, same := 0, true
	sure := r.valuesOf(v, func(e ast.Expr) {
		values++
		f := r.funcValue(e)
		if f == nil || fn != nil && f != fn {
			same = false
		}
		fn = f
	})
	if !sure || !same || values == 0 {
		fn = nil
	}
	r.fieldFuncs[v] = fn
	return fn
}

// funcValue: the function e names as a value (retryTransient,
// retrykit.Do, a method value of a concrete receiver), nil for anything
// else (a closure, a parameter, an interface's method).
func (r *Result) funcValue(e ast.Expr) *types.Func {
	info := r.pass.TypesInfo
	e = unconvert(info, e)
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		if s, ok := info.Selections[x]; ok && (s.Kind() != types.MethodVal || types.IsInterface(s.Recv())) {
			return nil
		}
		id = x.Sel
	case *ast.IndexExpr: // a generic helper instantiated: retryDo[T]
		return r.funcValue(x.X)
	case *ast.IndexListExpr:
		return r.funcValue(x.X)
	default:
		return nil
	}
	fn, _ := info.Uses[id].(*types.Func)
	if fn == nil {
		return nil
	}
	return fn.Origin()
}

// valuesOf hands give every value this package's non-test code gives v
// (an assignment, a keyed composite literal, a var declaration); false
// when one may be given out of sight (a tuple assignment, a positional
// literal, its address taken).
func (r *Result) valuesOf(v *types.Var, give func(ast.Expr)) bool {
	info := r.pass.TypesInfo
	is := func(e ast.Expr) bool {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			return info.Uses[x.Sel] == v
		case *ast.Ident:
			return info.Uses[x] == v || info.Defs[x] == v
		}
		return false
	}
	sure := true
	for _, f := range r.pass.Files {
		if strings.HasSuffix(r.pass.Fset.Position(f.Pos()).Filename, "_test.go") {
			continue // a test's fake retrier does not run in production
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.AssignStmt:
				for i, l := range x.Lhs {
					if !is(l) {
						continue
					}
					if len(x.Lhs) != len(x.Rhs) {
						sure = false
					} else {
						give(x.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				for i, id := range x.Names {
					if info.Defs[id] != v {
						continue
					}
					if len(x.Values) == len(x.Names) {
						give(x.Values[i])
					} else if len(x.Values) > 0 {
						sure = false
					}
				}
			case *ast.CompositeLit:
				r.literalValues(x, v, give, &sure)
			case *ast.UnaryExpr:
				if is(x.X) {
					sure = false // &c.retry handed away: set where we cannot see
				}
			}
			return sure
		})
	}
	return sure
}

// literalValues gives the value a struct literal sets field v to; a
// positional literal of v's struct sets it out of the walk's sight.
func (r *Result) literalValues(lit *ast.CompositeLit, v *types.Var, give func(ast.Expr), sure *bool) {
	t := r.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || len(lit.Elts) == 0 {
		return
	}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			for i := 0; i < st.NumFields(); i++ {
				if st.Field(i) == v {
					*sure = false
				}
			}
			return
		}
		if id, ok := kv.Key.(*ast.Ident); ok && r.pass.TypesInfo.ObjectOf(id) == v {
			give(kv.Value)
		}
	}
}

// fieldLabel names a helper called through a field by the helper and
// the field ("retryTransient through c.retry"): the reader sees the
// field at the call; name alone otherwise.
func (r *Result) fieldLabel(call *ast.CallExpr, name string) string {
	if r.staticCallee(call) != nil {
		return name
	}
	return name + " through " + types.ExprString(call.Fun)
}
