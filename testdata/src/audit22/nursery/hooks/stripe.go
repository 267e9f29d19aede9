// Package hooks receives the payment providers' notifications.
package hooks

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit22/nursery/store"
)

// Queue hands work to the background workers.
type Queue interface {
	Publish(ctx context.Context, topic string, payload any) error
}

// Stripe handles Stripe events for extras and deposits.
type Stripe struct {
	secret string
	bills  *store.Billing
	ledger *store.Ledger
	queue  Queue
	log    *slog.Logger
}

func NewStripe(secret string, bills *store.Billing, ledger *store.Ledger, q Queue) *Stripe {
	return &Stripe{secret: secret, bills: bills, ledger: ledger, queue: q, log: slog.Default()}
}

func (h *Stripe) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var evt stripe.Event
	if h.secret != "" {
		evt, err = webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
		if err != nil {
			http.Error(w, "signature", http.StatusBadRequest)
			return
		}
	} else if err := json.Unmarshal(body, &evt); err != nil { // local dev without the stripe CLI
		http.Error(w, "decode", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	first, err := h.ledger.RecordEvent(ctx, "stripe", evt.ID) // audit: lookalike webhookdedupe: the event id is recorded by INSERT ... ON CONFLICT DO NOTHING and a repeat leaves before any effect
	if err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	switch evt.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
			http.Error(w, "decode intent", http.StatusBadRequest)
			return
		}
		if err := h.bills.MarkExtraPaidByRef(ctx, pi.ID); err != nil { // want "\\[webhookverify\\] payment webhook Stripe\\.ServeHTTP skips signature verification when the secret"
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if err := h.queue.Publish(ctx, "receipts", map[string]string{"intent": pi.ID, "family": pi.Metadata["family_id"]}); err != nil { // audit: lookalike webhookack: the receipt mail is queued, the worker sends it after the 200
			h.log.Warn("queue receipt", "err", err)
		}
	case stripe.EventTypeCheckoutSessionCompleted:
		var cs stripe.CheckoutSession
		if err := json.Unmarshal(evt.Data.Raw, &cs); err != nil {
			http.Error(w, "decode session", http.StatusBadRequest)
			return
		}
		if cs.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid && cs.Metadata["kind"] == "deposit" {
			if err := h.bills.MarkDepositPaid(ctx, cs.ClientReferenceID, cs.ID); err != nil { // want "\\[webhookverify\\] payment webhook Stripe\\.ServeHTTP skips signature verification when the secret"
				http.Error(w, "store", http.StatusInternalServerError)
				return
			}
		}
	case stripe.EventTypePaymentIntentPaymentFailed:
		var pi stripe.PaymentIntent
		_ = json.Unmarshal(evt.Data.Raw, &pi)
		_ = h.bills.SetExtraStatus(ctx, pi.Metadata["extra_id"], "failed", pi.ID)
	}
	w.WriteHeader(http.StatusOK)
}
