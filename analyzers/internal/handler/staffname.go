package handler

// ---- a success page named for the back office: the staff's, not the buyer's -----
//
// A handler whose name alone makes it a return page (PaymentSucceeded)
// is the page the buyer's browser comes back to. A name that also says
// the back office says otherwise: a virtual terminal (the merchant's
// staff key a card taken by phone or mail, MOTO) or an admin page posts
// its own confirmation once Stripe.js has confirmed the card, and no
// buyer is sent there:
//
//	mux.Route("/api/admin", func(mux chi.Router) {                // package main
//		mux.Use(MiddlewareAuth)
//		mux.Post("/virtual-terminal-payment-succeeded", handlers.VirtualTerminalPaymentSucceeded)
//
// The handler's package cannot see that route (the route's words make
// such a page staff-only, staffOnly, where it is registered). So when the
// handler has no route in its own package and its name says the back
// office, its name does not make it a return page; it is left to its
// route: a package mounting it on a return path judges it there
// (linked.go), and the back office's routes never do.
//
// Precision: only the name's verdict is dropped; a route of the
// handler's package, a success parameter it reads or a query status it
// compares still make it a return page.

// staffTerminal are the words of a staff payment tool in a name.
var staffTerminal = []string{"terminal", "moto"}

// staffName: h has no route in its package and its name says the back
// office (Admin…, …Backoffice…, VirtualTerminal…).
func (h *Handler) staffName() bool {
	if len(h.Routes) > 0 {
		return false
	}
	ws := words(h.Name)
	return hasWord(ws, staffWords...) != "" || hasWord(ws, staffTerminal...) != ""
}
