package handler

import (
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a return page known by its route's last word and the paid state it stores ----
//
// Redirect() knows a return page by its path's words only when nothing
// else in the path speaks of something else: "/vip/return" is one,
// "/parking/sessions/:id/return" is not (parking and sessions are words
// of their own). Yet such a page does what a provider's return page does:
//
//	r.GET("/parking/sessions/:id/return", h.sessionReturn)
//	s, _ := h.sessions.Get(ctx, c.Param("id"))
//	if s.Status == domain.SessionCharging { h.sessions.MarkPaid(ctx, s.ID) }
//
// A route the buyer's browser comes back to (GET only, ending in return
// or redirect) whose handler stores a paid state (the payment model's
// paid-state write) is a payment's return page: nothing but a payment
// makes a page coming back from elsewhere mark something paid. The route
// must be in sight (a mount elsewhere says nothing here), GET only, with
// the landing's shape (query reads only, no posted body, no signed
// query), and no webhook, back-office, account or shop-form sign; the
// write must be a paid state, not goods handed over (a library's
// "/loans/:id/return" marking a book returned stores no paid state).

// returnRouteWords end a route the buyer comes back to.
var returnRouteWords = []string{"return", "returned", "redirect"}

// ReturnByWrite reports whether h, which Redirect() does not know, is a
// payment's return page by its route's last word and the paid state it
// stores (redirectfulfill asks it beside Redirect()).
func (m *Model) ReturnByWrite(h *Handler) bool {
	if m == nil || m.info == nil || h.Body == nil || h.Fn == nil || !getOnly(h.Routes) {
		return false
	}
	if ok, _ := h.Webhook(); ok || staffOnly(h.Routes) || accountRoutes(h.Routes) || h.shopForm() || !h.landing() {
		return false
	}
	for _, r := range h.Routes {
		ws := words(r.Path)
		if len(ws) == 0 || hasWord(ws[len(ws)-1:], returnRouteWords...) == "" || accountFlow(ws) {
			return false
		}
	}
	for _, op := range m.fulfilments(h.Body) {
		if op.Kind.Has(payment.StateWrite) {
			return true
		}
	}
	return m.returnByRead(h) // negstatus.go: or it reads the payment from the provider
}
