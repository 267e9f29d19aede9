// Package hooks holds the handlers of the providers' notifications. The
// routes are mounted by package web and by cmd/salonsd.
package hooks

import (
	"io"
	"log/slog"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"

	"audit21/salons/cards"
	"audit21/salons/store"
)

// Stripe handles the Mexican card events.
type Stripe struct {
	Appts  *store.Appointments
	Secret string
	Log    *slog.Logger
}

// Handle is POST /hooks/stripe.
func (h *Stripe) Handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	evt, err := cards.ParseEvent(body, r.Header.Get("Stripe-Signature"), h.Secret)
	if err != nil {
		h.Log.Warn("stripe event rejected", "err", err)
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	switch evt.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		pi, err := cards.PaymentIntentOf(evt)
		if err != nil {
			http.Error(w, "bad payload", http.StatusBadRequest)
			return
		}
		if pi.Metadata["kind"] == "deposit" {
			if err := h.Appts.MarkDepositPaid(r.Context(), pi.ID); err != nil { // want "\\[webhookverify\\] payment webhook Stripe\\.Handle skips signature verification when the secret"
				http.Error(w, "store", http.StatusInternalServerError)
				return
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}
