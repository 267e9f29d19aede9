// Package events takes the ticket office's Stripe events (net/http).
package events

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v72/webhook"

	"pgupsert/store"
)

type Events struct {
	secret string
	db     *store.Rest
	venue  *store.Venue
}

// Paid records the delivery in the office's own database (a PostgREST
// upsert, then a read with a gt. filter) before it answers: silent, as
// over database/sql.
func (e *Events) Paid(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), e.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := e.db.RecordEvent(r.Context(), ev.ID, string(ev.Type)); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if _, err := e.db.Recent(r.Context(), "2024-01-01"); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// PaidHold also holds the seat at the venue before it answers.
func (e *Events) PaidHold(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), e.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := e.db.RecordEvent(r.Context(), ev.ID, string(ev.Type)); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if err := e.venue.Hold(r.Context(), "A1"); err != nil { // want `webhook handler calls store.Venue.Hold, which calls an external API \(http.Client.Do\)`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func Mount(mux *http.ServeMux, secret string, db *store.Rest, venue *store.Venue) {
	e := &Events{secret: secret, db: db, venue: venue}
	mux.HandleFunc("/webhooks/stripe", e.Paid)
	mux.HandleFunc("/webhooks/stripe-seats", e.PaidHold)
}
