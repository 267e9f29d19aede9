// Package piwebhook receives Stripe payment_intent.succeeded events; the
// fulfilment use case behind Fulfiller is bound by the server packages.
package piwebhook

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Fulfiller processes a paid order.
type Fulfiller interface {
	Process(ctx context.Context, orderID string) error
}

// Intents fulfils the order before it answers Stripe.
type Intents struct {
	secret string
	orders Fulfiller
}

func NewIntents(secret string, f Fulfiller) *Intents { return &Intents{secret: secret, orders: f} }

func (h *Intents) Succeeded(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if err := h.orders.Process(r.Context(), pi.Metadata["order_id"]); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
