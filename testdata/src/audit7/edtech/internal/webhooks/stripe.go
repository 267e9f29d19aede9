// Package webhooks receives the payment providers' events; app.New mounts
// the handlers.
package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// CheckoutCompleter is the enrollment use case behind a paid checkout.
type CheckoutCompleter interface {
	CompleteCheckout(ctx context.Context, sessionID, userID, courseID string, amount int64) error
}

// Stripe handles checkout.session.completed.
type Stripe struct {
	secret string
	done   CheckoutCompleter
	log    *slog.Logger
}

// NewStripe builds the handler.
func NewStripe(secret string, done CheckoutCompleter, log *slog.Logger) *Stripe {
	return &Stripe{secret: secret, done: done, log: log}
}

type checkoutObject struct {
	ID                string            `json:"id"`
	ClientReferenceID string            `json:"client_reference_id"`
	AmountTotal       int64             `json:"amount_total"`
	PaymentStatus     string            `json:"payment_status"`
	Metadata          map[string]string `json:"metadata"`
}

func (h *Stripe) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	if evt.Type != stripe.EventTypeCheckoutSessionCompleted {
		w.WriteHeader(http.StatusOK)
		return
	}
	var cs checkoutObject
	if err := json.Unmarshal(evt.Data.Raw, &cs); err != nil || cs.PaymentStatus != "paid" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.done.CompleteCheckout(r.Context(), cs.ID, cs.ClientReferenceID, cs.Metadata["course_id"], cs.AmountTotal); err != nil {
		h.log.Error("complete checkout", "session", cs.ID, "err", err)
		http.Error(w, "retry later", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
