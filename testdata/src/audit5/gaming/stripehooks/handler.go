// Package stripehooks receives Stripe events for the European web shop.
package stripehooks

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit5/gaming/social"
)

// PurchaseService completes and revokes purchases (package wallet).
type PurchaseService interface {
	Complete(ctx context.Context, sessionID, playerID, sku string) error
	Revoke(ctx context.Context, sessionID string) error
}

// Handler handles Stripe events.
type Handler struct {
	secret    string
	purchases PurchaseService
	board     *social.Leaderboard
	rdb       *redis.Client
	jobs      chan<- string
}

// New wires the handler; jobs is drained by the ranking worker.
func New(secret string, p PurchaseService, board *social.Leaderboard, rdb *redis.Client, jobs chan<- string) *Handler {
	return &Handler{secret: secret, purchases: p, board: board, rdb: rdb, jobs: jobs}
}

func (h *Handler) event(w http.ResponseWriter, r *http.Request) (stripe.Event, bool) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return stripe.Event{}, false
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return stripe.Event{}, false
	}
	return evt, true
}

// Checkout handles checkout.session.completed: the receipt and the gems,
// then the "top spenders" board.
func (h *Handler) Checkout(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	if evt.Type != stripe.EventTypeCheckoutSessionCompleted {
		w.WriteHeader(http.StatusOK)
		return
	}
	var s stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.purchases.Complete(r.Context(), s.ID, s.ClientReferenceID, s.Metadata["sku"]); err != nil { // webhookdedupe (reported at the binding, gameapi/main.go:55): wallet.Purchases.Complete (wired as PurchaseService in gameapi) inserts a receipt row and adds gems (gems + ?) on every delivery of checkout.session.completed; no event-id or order-state guard (KeyStone "Webhook error handling")
		log.Printf("stripehooks: complete %s: %v", s.ID, err)
		http.Error(w, "retry later", http.StatusInternalServerError)
		return
	}
	if err := h.board.Submit(r.Context(), "spenders-weekly", s.ClientReferenceID, 1); err != nil { // want "\\[webhookack\\] webhook handler calls social.Leaderboard.Submit"
		log.Printf("stripehooks: leaderboard: %v", err)
	}
	w.WriteHeader(http.StatusOK)
}

// Refunded handles charge.refunded and charge.dispute.created: the items
// are revoked once per event and the board is recomputed by a worker.
func (h *Handler) Refunded(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	fresh, err := h.rdb.SetNX(r.Context(), "stripe:evt:"+evt.ID, 1, 7*24*time.Hour).Result()
	if err != nil {
		http.Error(w, "retry later", http.StatusInternalServerError)
		return
	}
	if !fresh {
		w.WriteHeader(http.StatusOK)
		return
	}
	var obj struct {
		Metadata map[string]string `json:"metadata"`
	}
	_ = json.Unmarshal(evt.Data.Raw, &obj)
	if err := h.purchases.Revoke(r.Context(), obj.Metadata["checkout_session"]); err != nil {
		http.Error(w, "retry later", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	select {
	case h.jobs <- obj.Metadata["player_id"]:
	default:
	}
}
