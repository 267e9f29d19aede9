package handler

import "go/types"

// ---- a page routed in its own package on the return URL another package builds ----
//
// linked.go knows a page by the success return URL the app hands the
// provider when the page's package sees that URL built; rfb and c15h
// record a page that read the payment and never tested it when its signs
// or its mount make it a return page. A page may have none of these:
//
//	package molliepay: RedirectURL: g.siteURL + ReturnPath + "?order=" + id   // ReturnPath = "/betaling/terug"
//	package web:       r.Get("/betaling/terug", p.mollieReturn)
//	                   pay, err := p.mollie.Payment(ctx, o.PaymentRef)         // read, status never tested
//	                   p.orders.MarkPaid(ctx, o.ID, pay.ID)
//	package main:      web.NewPages(orders, …, gw, …) // imports molliepay and web
//
// The page's package routes it but does not import the package building
// the URL; only main sees both. So a page reading the payment, with a GET
// route here that neither its words nor a URL in sight make a return
// page, records its unchecked port calls (pagePortCalls, not Known, with
// the route), and the binding package judges them when the route is the
// path of a success return URL it or its imports build (targets).
//
// Precision: only a landing-shaped page (query reads, nothing posted or
// signed) reached by GET alone, no webhook, back-office, account or shop
// form page; the calls are pagePortCalls' (a paid verdict or a paid-check
// helper guarding them leaves them out: the stored order's own status is
// no provider's); a route matching no success URL built (a cancel URL's,
// or none) records nothing that is ever reported.

// routedReadCalls lists the unchecked port calls of page h, routed
// here on a GET route that says nothing of a return, when h reads the
// payment (mountedReadCalls lists them for a page with no route).
func (fx *ifaceFx) routedReadCalls(h *Handler, recv *types.Var) []RFAPortCall {
	m := fx.m
	if len(h.Routes) == 0 || !getOnly(h.Routes) || !h.landing() || h.CallsVerifier || h.shopForm() {
		return nil
	}
	if ok, _ := h.Webhook(); ok || staffOnly(h.Routes) || accountRoutes(h.Routes) {
		return nil
	}
	if ok, _ := h.Redirect(); ok || !m.ReadsPayment(h) {
		return nil // a return page by its own signs: rfb's
	}
	if ok, _ := m.Linked(h); ok {
		return nil // linked here: judged here
	}
	return fx.pagePortCalls(h, recv, false, rfbPredicate) // pageports.go; Route is h's first
}

// linkedRoute: c, a call recorded by routedReadCalls, was made on a
// route that is the path of a success return URL this package or its
// imports build.
func (fx *ifaceFx) linkedRoute(c RFAPortCall) bool {
	if c.Known || c.Route == "" {
		return false
	}
	_, ok := match(fx.m.targets(), c.Route)
	return ok
}
