// Package webhooks receives payment notifications from M-Pesa, Paystack,
// Flutterwave and Stripe.
package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"audit16/farm/store"

	"github.com/hibiken/asynq"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// OrderPayments is what the webhooks need from the order store.
type OrderPayments interface {
	MarkPaid(ctx context.Context, ref, providerRef string) error
	Release(ctx context.Context, ref string) error
}

// Stripe handles Stripe events for export orders.
type Stripe struct {
	secret string
	ledger *store.Ledger
	orders OrderPayments
	queue  *asynq.Client
}

// NewStripe returns the Stripe webhook handler.
func NewStripe(secret string, ledger *store.Ledger, orders OrderPayments, queue *asynq.Client) *Stripe {
	return &Stripe{secret: secret, ledger: ledger, orders: orders, queue: queue}
}

// ServeHTTP verifies and applies one Stripe event.
func (h *Stripe) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	fresh, err := h.ledger.ClaimEvent(ctx, "stripe", ev.ID)
	if err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if !fresh {
		w.WriteHeader(http.StatusOK)
		return
	}
	if ev.Type == stripe.EventTypePaymentIntentSucceeded {
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
			http.Error(w, "payload", http.StatusBadRequest)
			return
		}
		ref := pi.Metadata["order_ref"]
		if err := h.orders.MarkPaid(ctx, ref, pi.ID); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if err := h.orders.Release(ctx, ref); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		b, _ := json.Marshal(map[string]string{"order_ref": ref})
		if _, err := h.queue.EnqueueContext(ctx, asynq.NewTask("receipt:export", b)); err != nil {
			log.Printf("receipt for %s not queued: %v", ref, err)
		}
	}
	w.WriteHeader(http.StatusOK)
}
