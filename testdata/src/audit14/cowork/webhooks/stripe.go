// Package webhooks receives payment events from Stripe and GoCardless.
package webhooks

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v82"

	"audit14/cowork/access"
	"audit14/cowork/platform"
	"audit14/cowork/store"
)

// Stripe handles Stripe events for booking payments.
type Stripe struct {
	secret   string
	events   *store.EventLog
	bookings *store.Bookings
	jobs     *store.Members
	calendar *access.Calendar
}

// NewStripe returns the Stripe webhook handler.
func NewStripe(secret string, events *store.EventLog, bookings *store.Bookings, jobs *store.Members, cal *access.Calendar) *Stripe {
	return &Stripe{secret: secret, events: events, bookings: bookings, jobs: jobs, calendar: cal}
}

func (h *Stripe) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	event, err := platform.StripeEvent(r, h.secret)
	if err != nil {
		http.Error(w, "invalid signature", http.StatusBadRequest)
		return
	}
	first, err := h.events.Claim(ctx, "stripe", event.ID)
	if err != nil {
		http.Error(w, "event log unavailable", http.StatusServiceUnavailable)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	switch event.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
			http.Error(w, "bad payload", http.StatusBadRequest)
			return
		}
		b, err := h.bookings.ByIntent(ctx, pi.ID)
		if err != nil {
			log.Printf("stripe webhook: no booking for %s", pi.ID)
			break
		}
		if err := h.bookings.MarkConfirmed(ctx, b.ID); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if err := h.jobs.EnqueueJob(ctx, "booking_receipt", b.ID); err != nil {
			log.Printf("stripe webhook: enqueue receipt %s: %v", b.ID, err)
		}
		if err := h.calendar.AddBooking(ctx, b); err != nil { // want "\\[webhookack\\] webhook handler calls access.Calendar.AddBooking, which calls an external API"
			log.Printf("stripe webhook: calendar %s: %v", b.ID, err)
		}
	case stripe.EventTypePaymentIntentPaymentFailed:
		log.Printf("stripe webhook: payment failed %s", event.ID)
	}
	w.WriteHeader(http.StatusOK)
}
