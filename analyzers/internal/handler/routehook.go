package handler

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a provider's notification known as a webhook by where main mounts it -----
//
// Mollie (and Mercado Pago, PayPal IPN) posts only the payment id; the
// handler reads the payment back from the provider and hands it to a use
// case. A payout provider posts a state event the handler decodes and
// acts on through the stored row it names. With no route, no verifier
// and no webhook word in its own package, nothing there says "webhook":
// the package that mounts it does (r.Method("POST", "/hooks/mollie",
// webhooks.NewMollie(…)); r.Route("/webhooks", …) r.Post("/wise/…", h.X)).
// The handler's package records the wired calls of such a handler
// (WireCall.ByRoute, with whether a duplicate guard protects each); the
// binding package judges them, like a webhook's, only where it mounts
// the handler's type on a POST route whose path says webhook.

// routePending: h is an exported handler with no route here that reads
// what was posted and decodes an event from it or reads the payment from
// the provider — a provider's notification, if the mount says so. A page
// a browser lands on, an OAuth redirect and a back-office endpoint are not.
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
	if ev, _ := m.decodedEvent(h.Body); ev != nil {
		return true // a provider's event decoded from the body
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
		if hasWord(sharedWords(path), hookRouteWords...) == "" {
			return
		}
		// Wrappers around the handler are unwrapped (signedmount.go).
		last := reg.handlers[len(reg.handlers)-1]
		found = m.serves(ast.Unparen(last), t, method) || m.serves(m.mountedHandler(last), t, method)
	})
	return found
}

// handlerMethod is the method name of a WireCall's handler ("webhooks.Mollie.ServeHTTP").
func handlerMethod(c WireCall) string {
	return c.Handler[strings.LastIndex(c.Handler, ".")+1:]
}

// handsLookup: an argument of call (or the root of a field it reads:
// t, t.ID) is a row the handler looked up with the event's values
// (t, err := store.FindByRef(ctx, ev.Data.ID)): the call acts on what
// the event names.
func (m *Model) handsLookup(h *Handler, call *ast.CallExpr) bool {
	info := m.pass.TypesInfo
	for _, a := range call.Args {
		id := rootIdent(a)
		if id == nil {
			continue
		}
		v, _ := info.Uses[id].(*types.Var)
		if v == nil {
			continue
		}
		var src *ast.CallExpr
		ast.Inspect(h.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Rhs) != 1 || src != nil {
				return src == nil
			}
			for _, l := range as.Lhs {
				if lid, ok := ast.Unparen(l).(*ast.Ident); ok && info.Defs[lid] == v {
					src, _ = ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
				}
			}
			return src == nil
		})
		if src != nil && src != call && (m.wireHandsEvent(h, src) || m.readsEventVar(h, src)) {
			return true
		}
	}
	return false
}

// readsEventVar: an argument of call reads the decoded event's variable
// anywhere in it (fmt.Sprintf("wise:%d", ev.Data.Resource.ID)).
func (m *Model) readsEventVar(h *Handler, call *ast.CallExpr) bool {
	_, ev := m.decodedEvent(h.Body)
	if ev == nil {
		return false
	}
	found := false
	for _, a := range call.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && m.pass.TypesInfo.Uses[id] == ev {
				found = true
			}
			return !found
		})
	}
	return found
}
