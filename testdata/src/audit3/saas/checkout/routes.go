// Package checkout is the HTTP transport of plan purchases and upgrades:
// Stripe Checkout for cards, and the pages the buyer is sent back to.
package checkout

import (
	"github.com/go-chi/chi/v5"
)

func Mount(r chi.Router, h *Handlers) {
	r.Post("/billing/checkout", h.StartCheckout)
	r.Get("/billing/checkout/success", h.CheckoutSuccess)
	r.Get("/billing/checkout/done", h.CheckoutDone)
	r.Get("/billing/upgrade/complete", h.UpgradeComplete)
	r.Get("/trial/start/success", h.TrialStarted)
}
