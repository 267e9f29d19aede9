// Package webhooks receives the payment providers' notifications.
package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit17/printshop/store"
)

// PrintQueue schedules paid orders for printing.
type PrintQueue interface {
	Enqueue(ctx context.Context, orderID string) error
}

// Lines lists an order's items.
type Lines interface {
	Lines(ctx context.Context, orderID string) ([]store.LineItem, error)
}

// Creators resolves a creator's connected Stripe account and royalty rate.
type Creators interface {
	Account(ctx context.Context, creatorID string) (acct string, rateBps int64, err error)
}

// Stripe handles Stripe events.
type Stripe struct {
	Secret    string
	Orders    *store.Orders
	Royalties *store.Royalties
	Lines     Lines
	Creators  Creators
	Queue     PrintQueue
}

func (h *Stripe) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	event, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.Secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	switch event.Type {
	case stripe.EventTypeCheckoutSessionCompleted:
		var cs stripe.CheckoutSession
		if err := json.Unmarshal(event.Data.Raw, &cs); err != nil {
			http.Error(w, "payload", http.StatusBadRequest)
			return
		}
		if cs.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
			w.WriteHeader(http.StatusOK)
			return
		}
		if err := h.paid(ctx, cs.ClientReferenceID); err != nil { // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(webhooks.Stripe.paid: store.Royalties.Add"
			log.Printf("stripe hook %s: %v", event.ID, err)
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	case stripe.EventTypePaymentIntentSucceeded:
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
			http.Error(w, "payload", http.StatusBadRequest)
			return
		}
		if id := pi.Metadata["order_id"]; id != "" {
			if err := h.Orders.MarkPaid(ctx, id); err != nil {
				http.Error(w, "retry", http.StatusInternalServerError)
				return
			}
			_ = h.Queue.Enqueue(ctx, id)
		}
	}
	w.WriteHeader(http.StatusOK)
}

func (h *Stripe) paid(ctx context.Context, orderID string) error {
	if err := h.Orders.MarkPaid(ctx, orderID); err != nil {
		return err
	}
	items, err := h.Lines.Lines(ctx, orderID)
	if err != nil {
		return err
	}
	for _, it := range items {
		acct, bps, err := h.Creators.Account(ctx, it.CreatorID)
		if err != nil {
			return err
		}
		if err := h.Royalties.Add(ctx, &store.Royalty{
			OrderID:     orderID,
			CreatorID:   it.CreatorID,
			ConnectAcct: acct,
			AmountCents: it.PriceCents * int64(it.Quantity) * bps / 10000,
		}); err != nil {
			return err
		}
	}
	return h.Queue.Enqueue(ctx, orderID)
}
