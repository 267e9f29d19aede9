package handler

// ---- weak checks before a wired call: looked-up rows, split verdicts -------
//
// wiredweak.go records a webhook's weak check on the wired calls
// handed the event's values. Two shapes fell through:
//
//   - the call is handed a row the handler looked up with the event's
//     values (p, _ := store.PayoutByRef(ctx, ev.PayoutID); p.Status =
//     "paid"; store.SavePayout(ctx, p)): the row is the event's as much as
//     the id is. handsLookup (routehook.go) already decides this for
//     by-route handlers; a weak check is judged the same way. Such a call
//     is recorded Aside for the duplicate and answer judgments (unchanged);
//     judgeWeak no longer skips Aside calls, since weakWired has judged
//     them already (before this file, an Aside call was never Weak).
//   - the check is Partial: only the error of a split-verdict verifier
//     (PayPal's VerifyWebhookSignature, whose VerificationStatus FAILURE
//     comes with a nil error; sdkverdict.go) is tested. Its own package
//     reports it at a fulfilment in sight; behind an interface bound in
//     main it is as weak as a check that fails open.
//
// Precision is the binding's: the bound method must act on the payment
// (PayEffectFact), once per handler, only when the handler's package
// judged no effect itself (weakWired).

// handsWeak: fc is handed the event's values, or a row looked up with
// them.
func (m *Model) handsWeak(h *Handler, fc fieldCall) bool {
	return fc.hands || m.handsLookup(h, fc.c.Call)
}
