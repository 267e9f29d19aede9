// Package parcelhooks receives a parcel locker service's Stripe events
// (net/http handlers a command mounts on gorilla/mux).
package parcelhooks

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Signed rejects a request whose Stripe-Signature does not match the body.
func Signed(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				w.WriteHeader(http.StatusBadRequest)
				return
			}
			if _, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret); err != nil {
				w.WriteHeader(http.StatusBadRequest)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// Lockers holds the handlers' database.
type Lockers struct{ DB *sql.DB }

// RentalPaid opens the locker rental an intent paid for; it counts on
// the route's middleware for the signature.
func (l *Lockers) RentalPaid(w http.ResponseWriter, r *http.Request) {
	var ev stripe.Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if ev.Type != stripe.EventTypePaymentIntentSucceeded {
		w.WriteHeader(http.StatusOK)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if _, err := l.DB.ExecContext(r.Context(), `UPDATE rentals SET status = 'paid' WHERE intent_id = $1`, pi.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
