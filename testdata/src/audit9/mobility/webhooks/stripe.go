// Package webhooks receives payment provider notifications. The handlers
// are mounted by cmd/mobilityd.
package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"

	"audit9/mobility/domain"
	"audit9/mobility/stripepsp"
)

// TopUps is the wallet use case the Stripe hooks drive.
type TopUps interface {
	CompleteTopUp(ctx context.Context, topUpID string) error
	MarkTopUpSucceeded(ctx context.Context, topUpID string) error
}

// Stripe handles events of the main Stripe account.
type Stripe struct {
	secret string
	topups TopUps
	fines  domain.FineStore
	jobs   domain.Jobs
}

// NewStripe returns the Stripe webhook handler.
func NewStripe(secret string, topups TopUps, fines domain.FineStore, jobs domain.Jobs) *Stripe {
	return &Stripe{secret: secret, topups: topups, fines: fines, jobs: jobs}
}

type intentObject struct {
	ID       string            `json:"id"`
	Metadata map[string]string `json:"metadata"`
}

// Events is POST /webhooks/stripe.
func (h *Stripe) Events(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	ev, err := stripepsp.ParseEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	var pi intentObject
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		http.Error(w, "object", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	switch ev.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		switch pi.Metadata["kind"] {
		case "topup":
			if err := h.topups.CompleteTopUp(ctx, pi.Metadata["topup_id"]); err != nil {
				http.Error(w, "retry", http.StatusInternalServerError)
				return
			}
		case "fine":
			if err := h.fines.MarkPaid(ctx, pi.Metadata["fine_id"]); err != nil {
				http.Error(w, "retry", http.StatusInternalServerError)
				return
			}
		}
	case stripe.EventTypePaymentIntentPaymentFailed:
		if pi.Metadata["kind"] == "fine" {
			if err := h.jobs.Enqueue(ctx, "fines.notify_failed", map[string]string{"fine_id": pi.Metadata["fine_id"]}); err != nil {
				http.Error(w, "retry", http.StatusInternalServerError)
				return
			}
		}
	default:
		log.Printf("stripe: ignoring %s", ev.Type)
	}
	w.WriteHeader(http.StatusOK)
}

// WalletEvents is POST /webhooks/stripe-wallet, the endpoint of the wallet
// Stripe account we took over from the acquired Ryde app.
func (h *Stripe) WalletEvents(w http.ResponseWriter, r *http.Request) {
	var ev stripe.Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if ev.Type != stripe.EventTypePaymentIntentSucceeded {
		w.WriteHeader(http.StatusOK)
		return
	}
	var pi intentObject
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		http.Error(w, "object", http.StatusBadRequest)
		return
	}
	if err := h.topups.MarkTopUpSucceeded(r.Context(), pi.Metadata["topup_id"]); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
