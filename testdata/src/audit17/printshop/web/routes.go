package web

import (
	"net/http"

	"github.com/gorilla/mux"
)

// Router builds the storefront's HTTP routes.
func Router(p *Pages, stripeHook http.Handler, staffOnly mux.MiddlewareFunc) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/checkout/success", p.checkoutSuccess).Methods(http.MethodGet)
	r.HandleFunc("/checkout/return", p.intentReturn).Methods(http.MethodGet)
	r.HandleFunc("/checkout/paypal", p.paypalSale).Methods(http.MethodPost)
	r.HandleFunc("/crypto/btcpay/return", p.btcpayReturn).Methods(http.MethodGet)
	r.HandleFunc("/crypto/coinbase/return", p.coinbaseReturn).Methods(http.MethodGet)
	r.Handle("/webhooks/stripe", stripeHook).Methods(http.MethodPost)

	admin := r.PathPrefix("/admin").Subrouter()
	admin.Use(staffOnly)
	admin.HandleFunc("/orders/{id}/complete", p.adminComplete).Methods(http.MethodPost)
	return r
}
