package handler

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ---- use cases wired in another package: register functions and ports ----------
//
// Two layouts hide the binding from wire_bind.go's literals and
// constructors:
//
//	package transport: func Register(e *echo.Echo, svc domain.PaymentService, …) { h := &WebhookHandler{svc: svc}; … }
//	package usecase:   func NewPaymentService(db *sqlx.DB) domain.PaymentService { return &paymentService{db: db} }
//	package app:       transport.Register(e, usecase.NewPaymentService(db), secret)
//
// Register returns no handler, and NewPaymentService returns the
// interface. Each package says what the binding package needs, as a
// WireFact on the function: Register, which parameter it stores, as it
// is, in which field of which handler type (Binds); NewPaymentService,
// the one concrete type of its package every non-nil return hands back
// (Returns). A parameter reassigned or wrapped before it is stored, or a
// constructor returning two types, says nothing.

// ParamBind says that a function stores its parameter Param, unchanged,
// in the field Field of its package's handler type Type.
type ParamBind struct {
	Type, Field string
	Param       int
}

// exportPorts exports the Returns of the package's exported functions
// that return the merchant's own interface (for any package: a use case's
// package need not be a payment one).
func (fx *ifaceFx) exportPorts() {
	for fn, fd := range fx.m.decls {
		if fd.Body == nil || !fn.Exported() || fn.Pkg() != fx.pass.Pkg {
			continue
		}
		if name, ptr := fx.returnedType(fn, fd); name != "" {
			fx.pass.ExportObjectFact(fn, &WireFact{Returns: name, ReturnsPtr: ptr})
		}
	}
}

// returnedType is the one named type of this package (and whether as a
// pointer) that fn, returning an interface of the merchant's own, hands
// back in every return that is not nil.
func (fx *ifaceFx) returnedType(fn *types.Func, fd *ast.FuncDecl) (string, bool) {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 || sig.Recv() != nil {
		return "", false
	}
	rt := sig.Results().At(0).Type()
	n := namedOf(rt)
	if !types.IsInterface(rt) || n == nil || n.Obj().Pkg() == nil || libraryPath(n.Obj().Pkg().Path()) {
		return "", false
	}
	info := fx.pass.TypesInfo
	name, ptr, ok := "", false, true
	ast.Inspect(fd.Body, func(nd ast.Node) bool {
		switch x := nd.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(x.Results) != sig.Results().Len() {
				ok = false // a bare return or a call's results
				return false
			}
			if id, isID := ast.Unparen(x.Results[0]).(*ast.Ident); isID && id.Name == "nil" {
				return false
			}
			t := info.TypeOf(x.Results[0])
			c := namedOf(t)
			if t == nil || types.IsInterface(t) || c == nil || c.Obj().Pkg() != fx.pass.Pkg {
				ok = false
				return false
			}
			_, p := types.Unalias(t).(*types.Pointer)
			if name != "" && (name != c.Obj().Name() || ptr != p) {
				ok = false
			}
			name, ptr = c.Obj().Name(), p
		}
		return ok
	})
	if !ok {
		return "", false
	}
	return name, ptr
}

// exportBinds exports the Binds of the package's exported functions that
// store a parameter in a field of a handler type with wired calls
// (types, whose WireFacts this package exports).
func (fx *ifaceFx) exportBinds(facts map[*types.Named][]WireCall) {
	info := fx.pass.TypesInfo
	for fn, fd := range fx.m.decls {
		if fd.Body == nil || !fn.Exported() || fn.Pkg() != fx.pass.Pkg {
			continue
		}
		sig, _ := fn.Type().(*types.Signature)
		params := map[*types.Var]int{}
		for i := 0; sig != nil && i < sig.Params().Len(); i++ {
			if !sig.Variadic() || i < sig.Params().Len()-1 {
				params[sig.Params().At(i)] = i
			}
		}
		var binds []ParamBind
		ast.Inspect(fd.Body, func(nd ast.Node) bool {
			lit, ok := nd.(*ast.CompositeLit)
			if !ok {
				return true
			}
			t := namedOf(info.TypeOf(lit))
			if t == nil || facts[t] == nil {
				return true
			}
			for field, e := range litFields(t, lit) {
				id, ok := ast.Unparen(e).(*ast.Ident)
				v, _ := info.Uses[id].(*types.Var)
				i, isParam := params[v]
				if ok && isParam && wiredField(facts[t], field) && !assigns(info, fd.Body, v) {
					binds = append(binds, ParamBind{Type: t.Obj().Name(), Field: field, Param: i})
				}
			}
			return true
		})
		if len(binds) > 0 {
			name, ptr := fx.returnedType(fn, fd) // the same fact as exportPorts'
			fx.pass.ExportObjectFact(fn, &WireFact{Binds: binds, Returns: name, ReturnsPtr: ptr})
		}
	}
}

// litFields maps the fields lit sets, keyed or positional, to their values.
func litFields(t *types.Named, lit *ast.CompositeLit) map[string]ast.Expr {
	st, _ := t.Underlying().(*types.Struct)
	out := map[string]ast.Expr{}
	for i, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				out[id.Name] = kv.Value
			}
		} else if st != nil && i < st.NumFields() {
			out[st.Field(i).Name()] = e
		}
	}
	return out
}

func wiredField(calls []WireCall, field string) bool {
	for _, c := range calls {
		if c.Field == field {
			return true
		}
	}
	return false
}

// assigns: body assigns v (or takes its address): it may not hold the
// caller's value any more.
func assigns(info *types.Info, body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && info.Uses[id] == v {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(x.X).(*ast.Ident); ok && x.Op == token.AND && info.Uses[id] == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// ---- the binding side --------------------------------------------------------------

// wireFactOf is the WireFact of fn, a function of another package; nil if none.
func (w *wiring) wireFactOf(fn *types.Func) *WireFact {
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == w.fx.pass.Pkg {
		return nil
	}
	f := new(WireFact)
	if !w.fx.pass.ImportObjectFact(fn, f) {
		return nil
	}
	return f
}

// binder: call is a function whose Binds say which of its arguments it
// stores in a handler type's field; each is bound. It returns the fields
// bound (constructor leaves them to it).
func (w *wiring) binder(call *ast.CallExpr) map[bindKey]bool {
	fn := w.fx.m.calleeFunc(call)
	f := w.wireFactOf(fn)
	if f == nil || len(f.Binds) == 0 {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Params().Len() != len(call.Args) {
		return nil // f(g()) spreads results: not read
	}
	done := map[bindKey]bool{}
	for _, b := range f.Binds {
		obj, _ := fn.Pkg().Scope().Lookup(b.Type).(*types.TypeName)
		if obj == nil {
			continue
		}
		if t := w.handlerType(obj.Type()); t != nil && b.Param < len(call.Args) {
			w.add(t, b.Field, call.Args[b.Param])
			done[bindKey{t, b.Field}] = true
		}
	}
	return done
}

// returned is the concrete type a call of another package's function
// returning an interface hands back (its Returns); nil if not known.
func (w *wiring) returned(e ast.Expr) types.Type {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn := w.fx.m.calleeFunc(call)
	f := w.wireFactOf(fn)
	if f == nil || f.Returns == "" {
		return nil
	}
	obj, _ := fn.Pkg().Scope().Lookup(f.Returns).(*types.TypeName)
	if obj == nil {
		return w.ctorStandIn(fn, f) // ctormethods.go: an unexported type the export data lacks
	}
	if f.ReturnsPtr {
		return types.NewPointer(obj.Type())
	}
	return obj.Type()
}
