package webhooks

import "net/http"

// Register mounts the net/http webhooks.
func Register(mux *http.ServeMux, s *Stripe, m *Mpesa) {
	mux.Handle("POST /hooks/stripe", s)
	mux.HandleFunc("POST /callbacks/mpesa/stk", m.STK)
}
