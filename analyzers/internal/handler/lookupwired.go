package handler

// ---- a wired call handed a row looked up with the event's values -----------
//
// A webhook of a payment provider often reads its own row back before it
// acts (pass, err := h.passes.PassByOrder(ctx, ev.Resource.OrderID)) and
// hands the use case a field of that row (h.credits.Credit(ctx,
// pass.ReferrerID)). The call acts on what the event names as much as a
// call handed ev.ID does: every redelivery looks the same row up and
// calls again. exportWireFacts recorded such a call Aside (judged only
// for the answer), so the binding package never asked whether the bound
// implementation repeats an effect (a referral credited per delivery).
//
// handsLookup (routehook.go) decides the lookup for handlers that are
// webhooks by their route, and weaklookup.go for weak checks; here it
// counts for the duplicate judgment of a handler already known as a
// payment provider's webhook (not a pending one, whose use case is still
// to prove it is one: a lookup proves nothing of the payment). Precision
// stays the binding's: every binding of the field must repeat an effect
// (wire_bind.go repeat), and a duplicate guard of the handler before the
// call still protects it (unguardedIn).

// i16HandsLookup: fc, made by a confirmed payment webhook, is handed a
// row it looked up with the event's values.
func (m *Model) i16HandsLookup(h *Handler, fc fieldCall, pending bool) bool {
	return !pending && m.handsLookup(h, fc.c.Call)
}
