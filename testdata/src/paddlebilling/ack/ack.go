// Package ack: a seat-licence shop billed by Paddle (paddle-go-sdk v3),
// its webhooks on net/http with database/sql.
package ack

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"log"
	"net/http"

	paddle "github.com/PaddleHQ/paddle-go-sdk/v3"
)

type Hooks struct {
	db     *sql.DB
	sdk    *paddle.SDK
	verify *paddle.WebhookVerifier
}

type notification struct {
	EventType string `json:"event_type"`
	Data      struct {
		ID         string `json:"id"`
		Status     string `json:"status"`
		CustomerID string `json:"customer_id"`
	} `json:"data"`
}

func Routes(mux *http.ServeMux, h *Hooks) {
	mux.HandleFunc("POST /paddle/webhook-dunning", h.dunning)
	mux.HandleFunc("POST /paddle/webhook-dunning-later", h.dunningAfterAnswer)
}

func decode(r *http.Request) (notification, error) {
	var n notification
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return n, err
	}
	err = json.Unmarshal(body, &n)
	return n, err
}

func (h *Hooks) activate(ctx context.Context, n notification) error {
	_, err := h.db.ExecContext(ctx, `UPDATE subscriptions SET status = 'active' WHERE paddle_id = $1`, n.Data.ID)
	return err
}

// A past-due subscription is cancelled at Paddle before the answer: a
// slow Paddle API call holds the delivery open.
func (h *Hooks) dunning(w http.ResponseWriter, r *http.Request) {
	ok, err := h.verify.Verify(r)
	if err != nil || !ok {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	n, err := decode(r)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if n.EventType == "subscription.past_due" {
		now := paddle.EffectiveFromImmediately
		if _, err := h.sdk.CancelSubscription(r.Context(), &paddle.CancelSubscriptionRequest{SubscriptionID: n.Data.ID, EffectiveFrom: &now}); err != nil { // want `calls the payment provider \(paddle Subscriptions.CancelSubscription\)`
			http.Error(w, "paddle", http.StatusBadGateway)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Silent: the cancel runs after the answer, in a goroutine.
func (h *Hooks) dunningAfterAnswer(w http.ResponseWriter, r *http.Request) {
	ok, err := h.verify.Verify(r)
	if err != nil || !ok {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	n, err := decode(r)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	if n.EventType == "subscription.past_due" {
		go func(id string) {
			now := paddle.EffectiveFromImmediately
			if _, err := h.sdk.CancelSubscription(context.Background(), &paddle.CancelSubscriptionRequest{SubscriptionID: id, EffectiveFrom: &now}); err != nil {
				log.Printf("cancel %s: %v", id, err)
			}
		}(n.Data.ID)
	}
}
