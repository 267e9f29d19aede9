// Package payhttp is the public HTTP API of the payables service.
package payhttp

import (
	"github.com/go-chi/chi/v5"
)

// Routes mounts every handler. Webhooks verify their own signatures.
func (h *Handlers) Routes() *chi.Mux {
	r := chi.NewRouter()
	r.Route("/api/v1", func(r chi.Router) {
		r.Use(h.requireSession)
		r.Post("/bills/{id}/approve", h.approveBill)
		r.Post("/bills/{id}/pay", h.payBill)
	})
	r.Get("/pay/return", h.payByBankReturn)
	r.Get("/wallet/topup/return", h.topupReturn)
	r.Get("/bank-accounts/link/complete", h.bankLinkComplete)
	r.Post("/webhooks/bank", h.bankWebhook)
	r.Post("/webhooks/accounting", h.accountingWebhook)
	return r
}
