package stripehooks

import "net/http"

// Register mounts the Stripe endpoints.
func Register(mux *http.ServeMux, h *Handler) {
	mux.HandleFunc("POST /hooks/stripe/checkout", h.Checkout)
	mux.HandleFunc("POST /hooks/stripe/refunds", h.Refunded)
}
