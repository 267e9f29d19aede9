package main

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"succeededpage/sales"
)

// stripeWebhook marks the pending payment paid and inserts the order on
// payment_intent.succeeded, once the event's signature is verified.
func (s *shop) stripeWebhook(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), s.webhookSecret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	if event.Type != stripe.EventTypePaymentIntentSucceeded {
		w.WriteHeader(http.StatusOK)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if err := s.db.MarkPaid(r.Context(), pi.ID); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	if _, err := s.db.InsertOrder(sales.Order{PosterID: atoi(pi.Metadata["poster_id"]), Quantity: 1, Amount: int(pi.Amount)}); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
