package handler

// ---- a webhook by its body whose use case, in sight, repeats a purchase ------------
//
// A provider's notification that only its body calls a webhook (a
// Mercado Pago notice decoded and read back from the provider; pendingHook:
// no route, name or verifier says so here) waits for its use case to
// confirm it acts on the payment. When the use case is bound in another
// package, that package judges it (wire_bind.go). When the handler's own
// package sees every implementation of the port it calls (it imports
// the store elsewhere), the call is no wired call, and nothing judged
// it: a port whose every visible implementation credits, inserts a
// payment row or ships on every call (paymentEffect, as the binding
// package's judge asks) confirms the handler here, and its unguarded
// effects are reported like a webhook's. Reading the payment back from
// the provider guards nothing: it says approved on every delivery.

// pendingRepeats adds to repeats the unguarded effects of the pending
// handlers that a visible use case confirms.
func (fx *ifaceFx) pendingRepeats(repeats map[*Handler][]Effect) {
	m := fx.m
	for _, h := range m.Judged() {
		if getOnly(h.Routes) || repeats[h] != nil {
			continue
		}
		if ok, _ := h.Webhook(); ok || !m.pendingHook(h) || !fx.visibleRepeat(h) {
			continue
		}
		if es := fx.unguarded(h); len(es) > 0 {
			repeats[h] = es
		}
	}
}

// visibleRepeat: h calls a port whose every visible implementation
// repeats an effect other than a message.
func (fx *ifaceFx) visibleRepeat(h *Handler) bool {
	for _, c := range fx.m.ifaceCalls(h.Body) {
		if e, ok := fx.repeat(c); ok && e.Kind.confirmsPay() {
			return true
		}
	}
	return false
}
