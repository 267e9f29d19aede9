package handler

// ---- a return route whose query status says paid ---------------------------------
//
// A weak return word ("return", "complete", "finish", "done") makes a
// route a payment's return page only next to a payment word or alone
// ("/checkout/return", "/return"): "/orders/{id}/return" is a product
// return. Shops name their return pages after what they sell, in words
// no list holds:
//
//	app.Get("/gifts/{id}/return", h.Return)       // if ctx.URLParam("status") != "paid" { return }; h.issuer.Issue(…)
//	r.Get("/paylater/return", a.paylaterReturn)   // if q.Get("status") == "SUCCESS" { a.paylater.Confirm(…) }
//	r.GET("/refills/complete", h.complete)        // if c.Query("status") == "active" { h.shipper.ShipRefill(…) }
//
// What the page does says it: the browser comes back by GET to a route
// named as a return, and the page tests a status or result the query
// string carries against a paid value; a product return, a to-do list
// or an import's completion page tests no payment's outcome in its
// query. (The provider, or the URL the shop built for it, put the
// status there; the buyer can type it.)
//
// Precision: only a GET route (or one with no method), whose every
// route names a return; no back-office, account or OAuth flow (a
// callback reading code and state creates a session); the status must
// come from the query (not a posted form: a provider's notification may
// post one) and be compared with a paid value (a "?status=" echoed into
// the page decides nothing).

// returnStatusPage: see the header.
func (h *Handler) returnStatusPage() bool {
	if h.Fn == nil || len(h.Routes) == 0 || h.CallsVerifier || h.oauthResponse() {
		return false
	}
	for _, r := range h.Routes {
		ws := words(r.Path)
		if !browserMethod(r.Method) || hasWord(ws, redirectWeak...) == "" || accountFlow(ws) ||
			hasWord(sharedWords(r.Path), staffWords...) != "" || hasWord(ws, setterWords...) != "" {
			return false
		}
	}
	for _, p := range h.Params {
		if p.Source != "query" {
			continue
		}
		if n := norm(p.Name); (n == "status" || n == "result" || n == "resultcode" || payStatusParam(n)) && h.comparedWithPaid(p) { // resultCode: Adyen's return
			return true
		}
	}
	return false
}
