// Package paystackhooks receives Paystack's webhooks.
package paystackhooks

import (
	"github.com/go-chi/chi/v5"
)

func Mount(r chi.Router, h *Handler) {
	r.Post("/webhooks/paystack", h.Charge)
	r.Post("/webhooks/paystack/topup", h.Topup)
	r.Post("/webhooks/paystack/transfer", h.Transfer)
}
