package handler

// ---- a wired call reported as a repeat is still judged for the answer -------------
//
// exportWireFacts records a webhook's calls of ports bound in main, to
// be judged at the binding for duplicates (webhookdedupe) and for slow
// work before the answer (webhookack). A call the handler's own package
// already reports as a repeat (an abstract effect known by its method,
// Fulfiller.FulfilOrder) was left out altogether, so its slow work was
// never judged:
//
//	package webhooks: if err := h.fulfiller.FulfilOrder(ctx, id); err != nil { … } // repeat reported here
//	                  httpx.OkJson(w, …)                                         // answered after
//	package orders:   func (s *Service) FulfilOrder(…) { s.printer.SubmitOrder(…) /* retry.Do around an HTTP post */; s.mail.Send(…) }
//	package main:     webhooks.NewCoinbase(secret, orderStore, svc)
//
// Such a call is now recorded for its answer only (Aside: never a
// duplicate again, nor proof that the handler acts on the payment; its
// verification is its handler's, judged here), and only when it runs
// before the answer (the skip below drops it otherwise).

// keepForAck: fc, reported here as a repeat, may still hold up h's
// answer: h has no slow work of its own reported and the call is not
// handed to a goroutine.
func (fx *ifaceFx) keepForAck(h *Handler, fc fieldCall, slow map[*Handler]SlowAt) bool {
	if _, done := slow[h]; done || h.Body == nil {
		return false
	}
	return !inGoroutine(h.Body, fc.site) && !fx.a.verifies(fc.c.Method)
}

// w24AckOnly makes w, a call reported here as a repeat, a call judged
// only for the answer at the binding.
func w24AckOnly(w *WireCall) {
	w.Unguarded, w.Aside, w.Weak = false, true, Verified
}
