package handler

import "strings"

// ---- webhooks known by the route that mounts them ---------------------------------
//
// A handler routed in another package is a webhook by its body only with
// a second sign in its own package (bodyevent.go: its package or name
// speaks of webhooks, its event type names a payment…). WiseHooks.
// TransferStateChange decodes a transfers#state-change event and marks
// the transfer completed, but "hooks", "wise", "transfer" are no such
// sign: its package stays silent, and so did the package mounting it on
// "/webhooks/wise/transfer-state" next to a sibling route that does carry
// the verifying middleware. The second sign is there, in the route's
// path; only the mounting package sees it. So the handler's package
// exports the fact with ByRoute set, and the mount counts only on a route
// whose path names a webhook (a replay endpoint of the back office, or
// any other path, stays silent), with no verifying middleware on it.

// unverifiedIfRouted returns what h does unverified when h would be a
// webhook but for a second sign: no route here, mountable from another
// package, it reads the request body, decodes it into an event type and
// acts on the payment with no verification at all on every such path,
// reads no signature, sends no payment (a checkout), and no back-office
// name; "" if not.
func (m *Model) unverifiedIfRouted(h *Handler) string {
	if h.Body == nil || m.info == nil || h.BodyEvent != "" || h.CallsVerifier || m.deployedRoutes(h) > 0 {
		return ""
	}
	if ok, _ := h.Webhook(); ok || h.oauthResponse() || !m.mountedElsewhere(h) || m.backOfficeNames(h) {
		return "" // a webhook judged by the other paths, or never one
	}
	for _, r := range h.Headers {
		if SignatureHeader(r.Name) {
			return ""
		}
	}
	if !m.readsBody(h.Body) || m.sendsPayment(h.Body) {
		return ""
	}
	if ev, _ := m.decodedEvent(h.Body); ev == nil {
		return ""
	}
	return m.unverifiedEffect(h)
}

// routeNamesWebhook: a provider posts to r, and its path names a webhook
// (a strong word, or a weak one next to a payment word or alone among
// neutral ones: says in classify.go).
func routeNamesWebhook(r *Route) bool {
	if r == nil || strings.EqualFold(r.Method, "GET") {
		return false
	}
	ws := words(r.Path)
	return says(ws, webhookStrong, webhookWeak) != "" && hasWord(ws, personWords...) == "" && hasWord(ws, backOffice...) == ""
}
