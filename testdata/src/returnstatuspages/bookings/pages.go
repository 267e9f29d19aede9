// Package bookings serves the customer pages of a home-services app (chi).
package bookings

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Confirmer confirms a booking slot after checkout.
type Confirmer interface {
	Confirm(ctx context.Context, bookingID string) error
}

// Pages are the booking pages.
type Pages struct{ paylater Confirmer }

// New builds the pages.
func New(paylater Confirmer) *Pages { return &Pages{paylater: paylater} }

// Mount registers the pages.
func (a *Pages) Mount(r chi.Router) {
	r.Get("/paylater/return", a.paylaterReturn)
	r.Get("/paylater/processing", a.processing)
}

// Mistake: status=SUCCESS from the redirect confirms the slot; the order
// is never read from the provider.
func (a *Pages) paylaterReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	booking := q.Get("booking")
	if q.Get("status") == "SUCCESS" {
		if err := a.paylater.Confirm(r.Context(), booking); err != nil { // want "order fulfilled in the success-redirect handler from the query string \\(status\\)"
			http.Error(w, "something went wrong", http.StatusInternalServerError)
			return
		}
		w.Write([]byte("Your booking is confirmed."))
		return
	}
	w.Write([]byte("Your booking is not confirmed yet."))
}

// Look-alike: a page that only renders "processing"; the webhook
// confirms.
func (a *Pages) processing(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("status") == "SUCCESS" {
		w.Write([]byte("Thanks! We confirm your slot as soon as the payment is approved."))
		return
	}
	w.Write([]byte("Your booking is not confirmed yet."))
}
