package hooks

import (
	"net/http"

	"github.com/gorilla/mux"
)

// Routes mounts the provider notification endpoints.
func (h *Handler) Routes(r *mux.Router) {
	r.HandleFunc("/webhooks/adyen", h.adyenStandard).Methods(http.MethodPost)
	r.HandleFunc("/webhooks/adyen/deposits", h.adyenDeposits).Methods(http.MethodPost)
	r.HandleFunc("/webhooks/adyen/refunds", h.adyenRefunds).Methods(http.MethodPost)
	r.HandleFunc("/webhooks/stripe", h.stripeEvents).Methods(http.MethodPost)
	r.HandleFunc("/webhooks/stripe/refunds", h.stripeRefunds).Methods(http.MethodPost)
}
