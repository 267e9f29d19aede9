package handler

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a callback of a signed family, served outside the signed group -------------
//
// The app's own router says which callbacks a provider signs: a group
// whose middleware verifies the signature before every route in it. A
// route of the same family registered beside the group, not in it, is
// served to anyone:
//
//	cb := &custodyCallbacks{…}
//	signed := r.Group("/custody", platform.RequireHMAC(secret))
//	signed.POST("/deposits", cb.deposit)
//	r.POST("/custody/payout-status", cb.payoutStatus) // outside the group
//
//	func (h *custodyCallbacks) payoutStatus(c *gin.Context) {
//		var n payoutNotice
//		c.ShouldBindJSON(&n)
//		h.payouts.SetStatus(c, n.PayoutID, n.Status) // UPDATE payouts SET status = ?
//
// Neither the route's words ("/custody/payout-status") nor the struct
// decoded (payoutNotice) nor the handler's name says webhook; the code
// does: its sibling — a method of the same receiver type, served under
// the same parent path on the same router — takes its requests only
// behind a verifying middleware, so both serve the provider's signed
// callbacks; and the handler decodes the POST body and acts on a payment
// with it (a fulfilment, a terminal or posted payment state stored:
// Fulfilments, TerminalWrites). It is a payment notification, and the
// rule judges its verification as any other's: nothing in front of the
// route and nothing in the handler verifies.
//
// Precision: the route is a POST whose chain holds only what the
// sibling's holds too (a router's logging, never an auth middleware of
// its own: sharedChain); the handler reads no user of the app and no
// credential header, sends no payment, is no back-office page and
// verifies nothing itself. A sibling inside the signed group, a route
// with its own verifying middleware, a method of another type, a
// sibling under another parent path or on another router, and a handler
// storing nothing about a payment stay silent.

// signedFamily returns why h, served here outside a verifying group, is
// one of that group's provider callbacks ("served at … beside …, a
// route of the same callbacks that only a verifying middleware
// reaches"), or "". Asked once every handler of the package is known.
func (m *Model) signedFamily(h *Handler) string {
	if h.Func == nil || h.Body == nil || h.CallsVerifier || m.deployedRoutes(h) == 0 {
		return ""
	}
	recv := recvNamedOf(h.Func)
	if recv == nil || m.backOfficeNames(h) || !m.readsBody(h.Body) || m.sendsPayment(h.Body) {
		return ""
	}
	for _, r := range h.Headers {
		if SignatureHeader(r.Name) || hasWord(sharedWords(r.Name), credWords...) != "" {
			return "" // a signature or credential it may check some way paylint does not judge
		}
	}
	bare := *h
	bare.Routes = nil // the routes' chains are judged against the sibling's below
	if m.personRequest(&bare) {
		return ""
	}
	for _, r := range h.Routes {
		if r.Call == nil || m.inTestFile(r.Call.Pos()) || strings.EqualFold(r.Method, "GET") || m.routeVerified(r) {
			continue
		}
		if sib := m.familySibling(h, recv, r); sib != nil {
			if len(m.Fulfilments(h)) == 0 && len(m.TerminalWrites(h)) == 0 {
				return "" // it stores nothing about a payment
			}
			return "served at " + r.Path + " beside " + sib.Path + ", a route of the same callbacks that only a verifying middleware reaches"
		}
	}
	return ""
}

// familySibling: a route of another method of recv, on the router r is
// registered on and under r's parent path, behind a middleware known to
// verify, whose chain holds every middleware in front of r; nil if none.
func (m *Model) familySibling(h *Handler, recv *types.Named, r *Route) *Route {
	base := m.routeRouter(r)
	if base == nil {
		return nil
	}
	for _, s := range m.Handlers {
		if s == h || s.Func == nil || recvNamedOf(s.Func) != recv {
			continue
		}
		for _, sr := range s.Routes {
			if sr.Call == nil || m.inTestFile(sr.Call.Pos()) || m.routeRouter(sr) != base {
				continue
			}
			if samePrefix(sr.Path, r.Path) && m.knownVerifier(sr) && sharedChain(r, sr) {
				return sr
			}
		}
	}
	return nil
}

// routeRouter: the variable holding the router r is registered on
// (through its groups), nil when unknown.
func (m *Model) routeRouter(r *Route) *types.Var {
	sel, ok := ast.Unparen(r.Call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	return m.routerVar(sel.X, 0)
}

// recvNamedOf: the named type of fn's receiver (through a pointer), nil
// for a function.
func recvNamedOf(fn *types.Func) *types.Named {
	t := recvOf(fn)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := t.(*types.Named)
	return n
}
