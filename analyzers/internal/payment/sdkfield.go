package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- an SDK client held in a field typed as the package's own interface -----
//
// A client package keeps the provider's SDK client behind an interface of
// its own, written in the SDK's types, so that tests can swap it:
//
//	type API interface {
//		RequestPaymentWithContext(ctx, nas.PaymentRequest, *string) (*nas.PaymentResponse, error)
//	}
//	type Client struct{ api API }
//	func New(api *nas.Client) *Client { return &Client{api: api} }
//	… c.api.RequestPaymentWithContext(ctx, req, &ref) // the SDK's payment request
//
// The interface call is the SDK method when the field (or package
// variable) is unexported, so that every value it gets is in sight, and
// every value this package's non-test code gives it is of one concrete
// type whose same-named method, with the same signature, is in the SDK
// table (lookupSDK). A field also given another type (an in-memory
// gateway), or an interface-typed value (a caller's parameter), or whose
// address is handed away, is unknown and stays silent; so is a type with
// the SDK's method names that is not in the table.

// fieldSDK: the table entry of the SDK method an interface call
// through such a field or variable stands for, nil if none.
func (b *builder) fieldSDK(cs callSite) *sdkFunc {
	fn := cs.Callee
	if fn == nil || !isAbstract(fn) || !b.tableName(fn.Name()) {
		return nil
	}
	sel, ok := unparen(cs.Call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	v := b.holder(sel.X)
	if v == nil {
		return nil
	}
	impl := b.soleImpl(v)
	if impl == nil {
		return b.t15pFieldSDK(fn, v) // values from callers, the interface in the SDK's types (sdkiface.go)
	}
	obj, _, _ := types.LookupFieldOrMethod(impl, true, impl.Obj().Pkg(), fn.Name())
	m, _ := obj.(*types.Func)
	if m == nil || !types.Identical(m.Type(), fn.Type()) {
		return nil
	}
	return b.lookupSDK(m)
}

// holder: the unexported field or package variable of this package
// that e reads, of an interface type; nil otherwise.
func (b *builder) holder(e ast.Expr) *types.Var {
	var v *types.Var
	switch x := unparen(e).(type) {
	case *ast.SelectorExpr:
		if s, ok := b.pass.TypesInfo.Selections[x]; ok && s.Kind() == types.FieldVal {
			v, _ = s.Obj().(*types.Var)
		}
	case *ast.Ident:
		if pv, ok := b.pass.TypesInfo.Uses[x].(*types.Var); ok && !pv.IsField() && pv.Parent() == b.pass.Pkg.Scope() {
			v = pv
		}
	}
	if v == nil || v.Exported() || v.Pkg() != b.pass.Pkg || !types.IsInterface(v.Type()) {
		return nil
	}
	return v
}

// soleImpl: the one concrete named type every value the package's
// non-test code gives v has; nil when there is none, or another.
func (b *builder) soleImpl(v *types.Var) *types.Named {
	info := b.pass.TypesInfo
	var impl *types.Named
	sure := true
	give := func(e ast.Expr) {
		if id, ok := unparen(e).(*ast.Ident); ok && id.Name == "nil" && info.Uses[id] == types.Universe.Lookup("nil") {
			return // the zero value: no call through it succeeds
		}
		t := info.TypeOf(e)
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		switch {
		case !ok || types.IsInterface(n):
			sure = false // a caller's value, or unknown
		case impl == nil:
			impl = n
		case impl.Origin() != n.Origin():
			sure = false
		}
	}
	if !b.valuesOf(v, give) {
		sure = false
	}
	if !sure {
		return nil
	}
	return impl
}

// literal: the value a struct literal gives field v, keyed or not.
func (b *builder) literal(lit *ast.CompositeLit, v *types.Var, give func(ast.Expr)) {
	t := b.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && b.pass.TypesInfo.Uses[id] == v {
				give(kv.Value)
			}
		} else if i < st.NumFields() && st.Field(i) == v {
			give(e)
		}
	}
}

// tableName: some table entry has this name (a cheap test before the
// package's assignments are walked).
func (b *builder) tableName(name string) bool {
	if len(sdkByName()[name]) > 0 {
		return true
	}
	for i := range b.cfgTable {
		if b.cfgTable[i].Name == name {
			return true
		}
	}
	return false
}

// valuesOf hands give every value the package's non-test code gives
// v: assignments, declarations and struct literals. It reports false when
// some value cannot be seen (a tuple assignment, v's address handed away).
func (b *builder) valuesOf(v *types.Var, give func(ast.Expr)) bool {
	info := b.pass.TypesInfo
	sure := true
	is := func(e ast.Expr) bool {
		switch x := unparen(e).(type) {
		case *ast.SelectorExpr:
			return info.Uses[x.Sel] == v
		case *ast.Ident:
			return info.Uses[x] == v || info.Defs[x] == v
		}
		return false
	}
	for _, f := range b.pass.Files {
		if strings.HasSuffix(b.pass.Fset.Position(f.Pos()).Filename, "_test.go") {
			continue // a test's fake does not run in production
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.AssignStmt:
				for i, l := range x.Lhs {
					if is(l) {
						if len(x.Lhs) != len(x.Rhs) {
							sure = false
						} else {
							give(x.Rhs[i])
						}
					}
				}
			case *ast.ValueSpec:
				for i, id := range x.Names {
					if info.Defs[id] == v && i < len(x.Values) {
						give(x.Values[i])
					} else if info.Defs[id] == v && len(x.Values) > 0 {
						sure = false
					}
				}
			case *ast.CompositeLit:
				b.literal(x, v, give)
			case *ast.UnaryExpr:
				if is(x.X) {
					sure = false // &s.f handed away: set where we cannot see
				}
			}
			return sure
		})
	}
	return sure
}
