package handler

import (
	"go/ast"
	"go/types"
)

// ---- an event decoded by a helper of the handler's package ---------------------
//
// Handlers of one provider often share the decoding: evt, err :=
// decodeCorebank(r), where the helper reads r.Body, json-decodes it into
// a corebankEvent and returns it. The handler then neither reads the body
// nor decodes anything itself, so bodyEvent and unverifiedIfRouted found
// no event and the handler was judged a webhook by nothing: silent, in its
// package and wherever it is mounted. What the handler does is the same
// as if the helper were inlined: the body it acts on is the request's.
//
// A helper counts when it is a function of this package handed the
// handler's request (*http.Request or a framework's request context),
// reads that request's body itself, and decodes it (decodedEvent, as in a
// handler) into the named struct type it returns, bare or as a pointer.
// The handler's event is the variable the call's result is assigned to.
// Only one level: a helper calling another helper is not followed.

// helperReadsBody: call hands the request to a helper of this package
// that reads the request's body (readsBody in the helper, one level).
func (m *Model) helperReadsBody(call *ast.CallExpr) bool {
	fd := m.requestHelper(call)
	return fd != nil && m.readsBodyExpr(fd.Body)
}

// helperEvent returns the event type a helper of this package decodes
// the request's body into and returns, and the handler's variable holding
// it, for the first such call in body; nil if none.
func (m *Model) helperEvent(body *ast.BlockStmt) (*types.Named, types.Object) {
	var ev *types.Named
	var v types.Object
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || ev != nil || len(as.Rhs) != 1 || len(as.Lhs) == 0 {
			return ev == nil
		}
		call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok {
			return true
		}
		fd := m.requestHelper(call)
		if fd == nil || !m.readsBodyExpr(fd.Body) {
			return true
		}
		inner := m.directEvent(fd.Body)
		if inner == nil {
			return true
		}
		id, ok := ast.Unparen(as.Lhs[0]).(*ast.Ident)
		if !ok {
			return true
		}
		obj := m.pass.TypesInfo.ObjectOf(id)
		if obj == nil || whaNamedOf(obj.Type()) != inner {
			return true // the helper returns something else than what it decoded
		}
		ev, v = inner, obj
		return false
	})
	return ev, v
}

// requestHelper: call calls a function of this package (not a method
// value of another type, not a closure) and hands it a request or a
// request context; returns its declaration.
func (m *Model) requestHelper(call *ast.CallExpr) *ast.FuncDecl {
	fn := m.calleeFunc(call)
	if fn == nil || fn.Pkg() != m.pass.Pkg {
		return nil
	}
	fd := m.decls[fn]
	if fd == nil || fd.Body == nil {
		return nil
	}
	if sig, _ := fn.Type().(*types.Signature); sig == nil || sig.Results().Len() == 0 || shape(sig) != 0 {
		return nil // a handler called in place is its own handler
	}
	for _, a := range call.Args {
		t := m.pass.TypesInfo.TypeOf(a)
		if namedIs(t, httpPkgs, "Request") || m.onRequestCtx(a) {
			return fd
		}
	}
	return nil
}

// whaNamedOf is the named type t is, or points to; nil if neither.
func whaNamedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// directEvent is decodedEvent's type for a helper's body, decoded there
// (not by a helper of the helper: one level, and no recursion).
func (m *Model) directEvent(body *ast.BlockStmt) *types.Named {
	var ev *types.Named
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || ev != nil || len(call.Args) == 0 || !m.decodes(call) {
			return ev == nil
		}
		n2, _ := m.decodedInto(call)
		if n2 == nil || hasWord(sharedWords(n2.Obj().Name()), eventWords...) == "" && !wrapsSDKEvent(n2) {
			return true
		}
		if _, isStruct := n2.Underlying().(*types.Struct); isStruct {
			ev = n2
		}
		return ev == nil
	})
	return ev
}
