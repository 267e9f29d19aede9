package web

import (
	"context"
	"net/http"

	"github.com/gorilla/mux"
)

// Bookings confirms trip places.
type Bookings interface {
	ConfirmBooking(ctx context.Context, bookingID, paymentID string) error
}

// Trips serves the trip booking pages (gorilla/mux, the older part of the site).
type Trips struct {
	bookings Bookings
}

func NewTrips(b Bookings) *Trips { return &Trips{bookings: b} }

func (t *Trips) Register(r *mux.Router) {
	s := r.PathPrefix("/trips").Subrouter()
	s.HandleFunc("/{trip}/bookings/{booking}/complete", t.Complete).Methods(http.MethodGet)
}

// Complete is the return_url of the trip payment (Stripe Payment Element).
func (t *Trips) Complete(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	q := r.URL.Query()
	if q.Get("redirect_status") != "succeeded" {
		render(w, http.StatusOK, "Payment not completed", "Your card was not charged. You can try again from the trip page.")
		return
	}
	if err := t.bookings.ConfirmBooking(r.Context(), vars["booking"], q.Get("payment_intent")); err != nil { // audit: reported at cmd/nurseryd/main.go:101 (redirectfulfill, where main binds the Bookings confirmer): the trip place is confirmed (status paid) because redirect_status=succeeded is in the query; the PaymentIntent is never retrieved (bound to store.Billing in main)
		render(w, http.StatusInternalServerError, "Sorry", "Please contact the nursery.")
		return
	}
	render(w, http.StatusOK, "Booked", "Your child's place on the trip is booked.")
}
