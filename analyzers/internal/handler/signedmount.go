package handler

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a handler mounted through wrappers, and a signed webhook mount ----------
//
// A mount often wraps the handler before the router gets it:
// mux.Handle("POST /hooks/x", signed(http.HandlerFunc(h.X))), where
// signed := sig.Require(secret) is a middleware held in a variable, or
// mw.Limit(auth(h)). The handler served is the innermost method value;
// the wrappers around it are middleware of that route.
//
// A pending webhook (one by its body whose use case here acts on no
// payment: MarkAdvance(…, "returned") stores no paid state) is otherwise
// not judged at its binding. A route that only a provider can call — a
// middleware known to verify signatures in front, and a path naming a
// hook and a payment or a debit — says what the handler is: a payment
// provider's notification, whose slow work before the answer makes the
// provider retry.

// mountedHandler unwraps a registration's handler expression to the
// handler it serves: conversions (http.HandlerFunc(h)) and calls taking
// one handler and returning one (signed(h), mw.Limit(h),
// verify(secret)(h)), nested.
func (m *Model) mountedHandler(e ast.Expr) ast.Expr {
	for depth := 0; depth < 8; depth++ {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			break
		}
		if tv, ok := m.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
			if len(call.Args) != 1 {
				break
			}
			e = call.Args[0]
			continue
		}
		inner := m.wrappedArg(call)
		if inner == nil {
			break
		}
		e = inner
	}
	return ast.Unparen(e)
}

// wrappedArg is the one handler argument of a call returning a
// handler (a middleware applied to it), or nil.
func (m *Model) wrappedArg(call *ast.CallExpr) ast.Expr {
	if !servesHTTP(m.pass.TypesInfo.TypeOf(call)) {
		return nil
	}
	var inner ast.Expr
	for _, a := range call.Args {
		if handlerType(m.pass.TypesInfo.TypeOf(a)) {
			if inner != nil {
				return nil // two handlers: a chooser, not a wrapper
			}
			inner = a
		}
	}
	return inner
}

// serves: e (unwrapped) is t's method named method, as a method
// value, or a value of t when method is ServeHTTP.
func (m *Model) serves(e ast.Expr, t *types.Named, method string) bool {
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if s := m.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			return sel.Sel.Name == method && namedOf(m.pass.TypesInfo.TypeOf(sel.X)) == t
		}
	}
	return method == "ServeHTTP" && namedOf(m.pass.TypesInfo.TypeOf(e)) == t
}

// debitWords: a path word naming money a provider collects or moves,
// beside the payment words (a direct debit returned, a mandate cancelled).
var debitWords = []string{"debit", "debits", "mandate", "mandates", "repayment", "repayments", "collection", "collections"}

// signedHook: this package mounts t's method, outside tests, on a
// POST route whose path names a hook and a payment or a debit (and no
// back-office or person word), behind a middleware known to verify the
// signature (its code here, or the MiddlewareFact of its package). A
// middleware this package cannot judge confirms nothing.
func (w *wiring) signedHook(t *types.Named, method string) bool {
	m := w.fx.m
	found := false
	m.eachRegistration(func(call *ast.CallExpr, reg *registration, recv ast.Expr) {
		if found || reg.method != "POST" || strings.HasSuffix(m.pass.Fset.Position(call.Pos()).Filename, "_test.go") {
			return
		}
		c := m.ctxOf(recv, 0)
		ws := words(c.prefix + reg.path)
		if hasWord(ws, hookRouteWords...) == "" || hasWord(ws, paymentWords...) == "" && hasWord(ws, debitWords...) == "" ||
			hasWord(ws, backOffice...) != "" || hasWord(ws, personWords...) != "" {
			return
		}
		last := reg.handlers[len(reg.handlers)-1]
		if !m.serves(m.mountedHandler(last), t, method) {
			return
		}
		mws := append(append(append([]ast.Expr{}, c.mws...), reg.handlers[:len(reg.handlers)-1]...), reg.mws...)
		for _, e := range mws {
			if m.verifies(m.wrapperFunc(e)) {
				found = true
				return
			}
		}
		found = m.signedWrapper(last)
	})
	return found
}

// signedWrapper: one of the middleware calls wrapped around the
// handler in e verifies the signature.
func (m *Model) signedWrapper(e ast.Expr) bool {
	for depth := 0; depth < 8; depth++ {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return false
		}
		if tv, ok := m.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
			if len(call.Args) != 1 {
				return false
			}
			e = call.Args[0]
			continue
		}
		inner := m.wrappedArg(call)
		if inner == nil {
			return false
		}
		if m.verifies(m.wrapperFunc(call.Fun)) {
			return true
		}
		e = inner
	}
	return false
}

// wrapperFunc is the function behind a middleware call's callee: the
// function itself (verify(h)), the factory that made it
// (sig.Require(secret)(h)), or the factory initialising the variable
// holding it (signed := sig.Require(secret); signed(h)).
func (m *Model) wrapperFunc(fun ast.Expr) *types.Func {
	fun = ast.Unparen(fun)
	if id, ok := fun.(*ast.Ident); ok {
		if v, ok := m.pass.TypesInfo.Uses[id].(*types.Var); ok {
			if init := m.initOf(v); init != nil {
				fun = ast.Unparen(init)
			}
		}
	}
	if call, ok := fun.(*ast.CallExpr); ok {
		return m.calleeFunc(call)
	}
	return m.funcObj(fun)
}

// verifies: fn, a middleware or its factory, is known to verify the
// signature: by its code in this package, or by its package's fact.
func (m *Model) verifies(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if n := m.funcNode(fn); n != nil {
		fd, _ := n.(*ast.FuncDecl)
		return m.middlewareVerifies(n) || fd != nil && m.factoryVerifies(fd)
	}
	var f MiddlewareFact
	return m.pass.ImportObjectFact(fn, &f)
}
