package httpapi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Routes mounts the public donation routes.
func (a *API) Routes() http.Handler {
	r := chi.NewRouter()
	r.Post("/api/donations", a.donate)
	r.Get("/donate/thank-you", a.thankYou)
	r.Get("/donate/receipt", a.receipt)
	r.Post("/webhooks/stripe", a.stripeEvents)
	return r
}
