package handler

import (
	"go/ast"
	"go/types"
)

// ---- a middleware held in a variable, applied where the route is mounted ----------
//
// A factory's middleware is often made once and applied route by route:
//
//	signed := kit.RequireSignature(secret, "X-Corebank-Signature")
//	mux.Handle("POST /hooks/corebank/debits", signed(http.HandlerFunc(cb.DebitReturned)))
//
// resolveApplied read mw.Signed(secret)(h), the factory called in place,
// but not the same factory called one line above: the callee is a
// variable, so the route resolved to nothing (opaque), its handler
// unknown and its middleware unseen. The route then neither counted as a
// verified sibling of the routes beside it, nor as a route with something
// in front of it. The variable's one initialiser is the factory's call,
// as signedmount.go's wrapperFunc reads it.

// heldFactory is the factory call initialising the local variable fun
// names (signed := kit.RequireSignature(…)); nil when fun is no such
// variable or is assigned more than once.
func (m *Model) heldFactory(fun ast.Expr) *ast.CallExpr {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := m.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() {
		return nil
	}
	init := m.initOf(v)
	if init == nil {
		return nil
	}
	call, _ := ast.Unparen(init).(*ast.CallExpr)
	if call == nil || m.calleeFunc(call) == nil {
		return nil
	}
	return call
}
