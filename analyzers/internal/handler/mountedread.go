package handler

import "go/types"

// ---- a page known only by its mount that read the payment and never tested it ----
//
// readpages.go records the port calls of a return page that reads the
// payment and tests no paid verdict, but only of a page its own signs make
// a return page (Redirect). A page often says nothing of a return itself:
// its route lives in main, its query names only the shop's order:
//
//	package ideal: func (s *Service) Return(w, r) {
//	                   p, _ := s.api.Payments.Get(ctx, …)          // read from the provider
//	                   if p.Status != "canceled" { s.orders.MarkPaid(ctx, id) } // open, pending, failed pass
//	               }
//	package main:  mux.HandleFunc("GET /ideal/return", ideal.Return)
//
// pageports.go records such a landing-shaped page (no route here,
// reached by the buyer's browser) for the package that mounts it, but only
// when it reads nothing from the provider. A read whose status no paid
// test looks at guards nothing, so a page reading the payment is recorded
// the same way, not Known: it counts only where some package mounts it on
// a GET route whose path names a return (RFAMountFact), and the finding
// says the payment was read (RFBReadPageFact).
//
// Precision: the calls are pagePortCalls' (no paid verdict nor paid-check
// helper guards them: a status compared != with one failure value is no
// paid verdict, while == paid, IsPaid() or != every non-paid status is);
// a webhook, a page with a route here, and a page that reads a posted form
// or a signature stay out, as for rfa.

// mountedReadCalls lists the unchecked port calls of page h, which
// reads the payment but is a return page only by where it is mounted.
func (fx *ifaceFx) mountedReadCalls(h *Handler, recv *types.Var) []RFAPortCall {
	m := fx.m
	if len(h.Routes) > 0 {
		return fx.routedReadCalls(h, recv) // linkedread.go: routed here, linked where bound
	}
	if ok, _ := h.Webhook(); ok || !h.landing() || h.CallsVerifier {
		return nil
	}
	if ok, _ := h.Redirect(); ok || !m.ReadsPayment(h) {
		return nil
	}
	return fx.pagePortCalls(h, recv, false, rfbPredicate)
}

// returnWord: route words ws name a return ("/ideal/return",
// "/sofort/done") without a payment word. Such a route makes a return
// route only for a page that reads the payment from the provider itself
// (readingPage): the read says what the page is about.
func returnWord(ws []string) bool {
	return hasWord(ws, redirectStrong...) != "" || hasWord(ws, redirectWeak...) != "" && !accountFlow(ws)
}

// readingPage: fn is a page method of another package whose recorded
// port calls (RFAPageFact, not Known) were recorded because it read the
// payment (RFBReadPageFact).
func (fx *ifaceFx) readingPage(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return false
	}
	n := namedOf(sig.Recv().Type())
	f, keys := new(RFAPageFact), new(RFBReadPageFact)
	if n == nil || !fx.pass.ImportObjectFact(n.Obj(), f) || !fx.pass.ImportObjectFact(n.Obj(), keys) {
		return false
	}
	reads := map[string]bool{}
	for _, k := range keys.Keys {
		reads[k] = true
	}
	for _, c := range f.Calls {
		if c.Page == fn.Name() && !c.Known && reads[c.Handler+"@"+c.At] {
			return true
		}
	}
	return false
}
