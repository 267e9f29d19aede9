package handler

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a fetch-back notification known as a webhook by where main mounts it ------
//
// Mollie (and Mercado Pago, PayPal IPN) posts only the payment id; the
// handler reads the payment back from the provider and hands it to a use
// case. With no route, no verifier, no event decoded and no webhook word
// in its own package, nothing there says "webhook": the package that
// mounts it does (r.Method("POST", "/hooks/mollie", webhooks.NewMollie(…))).
// The handler's package records the wired calls of such a handler
// (WireCall.ByRoute); the binding package judges them only when it mounts
// the handler's type on a POST route whose path says webhook, and only
// for the answer: the duplicate judgment stays with what the handler's
// own package can see.

// routePending: h is an exported handler with no route here that reads
// what was posted and reads the payment from the provider — a provider's
// fetch-back notification, if the mount says so. A page a browser lands
// on, an OAuth redirect and a back-office endpoint are not.
func (m *Model) routePending(h *Handler) bool {
	if h.Func == nil || !h.Func.Exported() || h.Body == nil || h.Fn == nil || m.info == nil || m.deployedRoutes(h) > 0 {
		return false
	}
	if h.oauthResponse() || h.landing() || m.backOfficeNames(h) {
		return false
	}
	if !readsPosted(h.Fn) && !m.readsBody(h.Body) {
		return false
	}
	return m.ReadsPayment(h)
}

// hookRouteWords: a path word that names a provider's notification. A
// callback or an event may be a page the buyer returns to; these are not.
var hookRouteWords = []string{"webhook", "webhooks", "ipn", "hook", "hooks", "notify", "notification", "notifications"}

// mountedAsHook: this package mounts a value of t (or its method named
// method) on a POST route whose path says webhook.
func (w *wiring) mountedAsHook(t *types.Named, method string) bool {
	m := w.fx.m
	found := false
	m.eachRegistration(func(call *ast.CallExpr, reg *registration, recv ast.Expr) {
		if found || reg.method != "" && reg.method != "POST" {
			return
		}
		if strings.HasSuffix(m.pass.Fset.Position(call.Pos()).Filename, "_test.go") {
			return
		}
		path := m.ctxOf(recv, 0).prefix + reg.path
		if hasWord(words(path), hookRouteWords...) == "" {
			return
		}
		e := ast.Unparen(reg.handlers[len(reg.handlers)-1])
		if sel, ok := e.(*ast.SelectorExpr); ok {
			if s := m.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
				found = sel.Sel.Name == method && namedOf(m.pass.TypesInfo.TypeOf(sel.X)) == t
				return
			}
		}
		found = method == "ServeHTTP" && namedOf(m.pass.TypesInfo.TypeOf(e)) == t
	})
	return found
}

// handlerMethod is the method name of a WireCall's handler ("webhooks.Mollie.ServeHTTP").
func handlerMethod(c WireCall) string {
	return c.Handler[strings.LastIndex(c.Handler, ".")+1:]
}
