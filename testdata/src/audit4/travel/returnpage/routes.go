// Package returnpage serves the pages the traveller lands on after paying.
package returnpage

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func (h *Handlers) Routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/booking/{ref}/payment-return", h.cardReturn)
	r.Get("/booking/{ref}/bank-return", h.bankReturn)
	r.Get("/account/verify-email", h.verifyEmail)
	r.Get("/booking/{ref}/thanks", h.thanks)
	return r
}
