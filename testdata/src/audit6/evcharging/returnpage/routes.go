package returnpage

import "net/http"

// Mount registers the browser-facing pages.
func (p *Pages) Mount(mux *http.ServeMux) {
	mux.HandleFunc("GET /pay/return/stripe", p.stripeReturn)
	mux.HandleFunc("GET /pay/return/adyen", p.adyenReturn)
	mux.HandleFunc("GET /sessions/receipt", p.receipt)
}
