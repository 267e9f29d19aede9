package handler

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// ---- a route on a caller's router beside a sibling this package signs ------------
//
// A package of routes (routes.Chi(r chi.Router, d Deps)) registers on a
// router its caller hands in, which may carry middleware the caller
// applied and this package cannot see: its mounts of unverified webhooks
// stay silent (routerFromCaller). Unless the package says itself that the
// caller's router verifies nothing:
//
//	r.Route("/hooks/b2bpaynet", func(r chi.Router) {
//		r.With(kit.RequireHMAC(secret, "X-Paynet-Signature")).Post("/mandates", h.Mandate)
//		r.Post("/payment-orders", h.PaymentOrder) // the same provider, open
//	})
//
// Whoever wrote the first line added the verifier route by route, on the
// router both routes share: a verifier the caller put on that router
// would check every event twice. So the second route is as open as the
// code shows it. Only a middleware known to verify counts (its
// MiddlewareFact, or its literal here); a sibling behind auth, logging or
// middleware we cannot see says nothing. The two routes must also share
// their parent path, naming the provider (/hooks/b2bpaynet/…),
// and the open one must say it receives hooks (hookPath): an
// unrelated route on the application's router is not the sibling's
// business.

// signedSibling: route, registered on recv, a router handed in by a
// caller, has a sibling on the same router, under the same parent path
// (samePrefix), behind a middleware known to verify.
func (m *Model) signedSibling(route *Route, recv ast.Expr) bool {
	if !hookPath(route) {
		return false
	}
	base := m.routerVar(recv, 0)
	if base == nil {
		return false
	}
	found := false
	m.eachRegistration(func(call *ast.CallExpr, reg *registration, srecv ast.Expr) {
		if found || call == route.Call || m.routerVar(srecv, 0) != base || m.inTestFile(call.Pos()) {
			return
		}
		sib := m.whaRoute(call, reg, srecv)
		if samePrefix(sib.Path, route.Path) && m.knownVerifier(sib) {
			found = true
		}
	})
	return found
}

// whaRoute builds the Route of one registration as findHandlers does: the
// router's prefix and middleware, the registration's own middleware, and
// what wraps the handler expression.
func (m *Model) whaRoute(call *ast.CallExpr, reg *registration, recv ast.Expr) *Route {
	c := m.ctxOf(recv, 0)
	route := &Route{Call: call, Method: reg.method, Path: c.prefix + reg.path}
	mws := append(append([]ast.Expr{}, c.mws...), reg.handlers[:len(reg.handlers)-1]...)
	for _, e := range append(mws, reg.mws...) {
		if r := m.resolve(e, 0); r.node != nil {
			route.Middleware = append(route.Middleware, r.node)
		} else {
			fn, _ := typeutil.Callee(m.pass.TypesInfo, asCall(e)).(*types.Func)
			if fn == nil {
				fn = m.funcObj(e)
			}
			route.External = append(route.External, fn)
		}
	}
	r := m.resolve(reg.handlers[len(reg.handlers)-1], 0)
	route.Middleware = append(route.Middleware, r.mws...)
	route.External = append(route.External, r.external...)
	return route
}

// samePrefix: two paths are siblings: the same parent, which names
// more than the hook itself (/hooks/b2bpaynet/mandates and
// /hooks/b2bpaynet/orders; not /webhooks/stripe and /webhooks/paddle,
// two providers under one generic folder), and no parameter in it.
func samePrefix(a, b string) bool {
	pa, pb := whaParent(a), whaParent(b)
	if pa == "" || pa != pb || strings.ContainsAny(pa, "{:*") {
		return false
	}
	for _, seg := range strings.Split(pa, "/") {
		for _, w := range words(seg) {
			if hasWord([]string{w}, webhookStrong...) == "" && hasWord([]string{w}, webhookWeak...) == "" && !genericWord[w] {
				return true
			}
		}
	}
	return false
}

// genericWord: path words that name no provider or endpoint family.
var genericWord = map[string]bool{"api": true, "v1": true, "v2": true, "v3": true, "public": true, "internal": true, "incoming": true, "inbound": true}

// whaParent is a path without its last segment ("/a/b/c" → "a/b").
func whaParent(p string) string {
	p = strings.Trim(p, "/")
	if i := strings.LastIndex(p, "/"); i > 0 {
		return p[:i]
	}
	return ""
}
