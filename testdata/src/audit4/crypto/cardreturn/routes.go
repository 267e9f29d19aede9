// Package cardreturn serves the pages the buyer lands on after a card
// deposit (Stripe PaymentIntents with 3DS).
package cardreturn

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Mount registers the deposit return pages.
func Mount(r chi.Router, h *Handlers) {
	r.Get("/deposit/card/return", h.LegacyReturn)
	r.Get("/deposit/card/complete", h.Complete)
	r.Get("/deposit/card/pending", h.PendingPage)
}

// Routes builds a standalone router for the cmd/depositweb binary.
func Routes(h *Handlers) http.Handler {
	r := chi.NewRouter()
	Mount(r, h)
	return r
}
