// Package webhooks receives payment provider notifications.
package webhooks

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/stripe/stripe-go/v82"

	"audit10/escrow/domain"
	"audit10/escrow/signing"
)

// EventLog remembers processed provider events.
type EventLog interface {
	RecordEvent(ctx context.Context, provider, eventID string) (bool, error)
}

// StripeHooks handles the platform account's Stripe events.
type StripeHooks struct {
	secret     string
	milestones domain.MilestoneStore
	events     EventLog
	notify     domain.Notifier
	log        *slog.Logger
}

// NewStripeHooks builds the handler.
func NewStripeHooks(secret string, ms domain.MilestoneStore, events EventLog, n domain.Notifier, log *slog.Logger) *StripeHooks {
	return &StripeHooks{secret: secret, milestones: ms, events: events, notify: n, log: log}
}

func (h *StripeHooks) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	evt, err := signing.ReadStripeEvent(r, h.secret)
	if err != nil {
		http.Error(w, "invalid signature", http.StatusBadRequest)
		return
	}
	fresh, err := h.events.RecordEvent(ctx, "stripe", evt.ID)
	if err != nil {
		http.Error(w, "event log", http.StatusInternalServerError)
		return
	}
	if !fresh {
		w.WriteHeader(http.StatusOK)
		return
	}

	switch evt.Type {
	case "payment_intent.amount_capturable_updated":
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
			http.Error(w, "payload", http.StatusBadRequest)
			return
		}
		msID := pi.Metadata["milestone_id"]
		if err := h.milestones.MarkFunded(ctx, msID, pi.ID); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		m, err := h.milestones.Get(ctx, msID)
		if err == nil {
			if err := h.notify.FundingConfirmed(ctx, m); err != nil {
				h.log.Warn("funding mail", "milestone", msID, "err", err)
			}
		}
	case "charge.dispute.created":
		var ch stripe.Charge
		if err := json.Unmarshal(evt.Data.Raw, &ch); err != nil {
			http.Error(w, "payload", http.StatusBadRequest)
			return
		}
		if err := h.milestones.Freeze(ctx, ch.Metadata["milestone_id"], "dispute"); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	default:
		h.log.Debug("ignored stripe event", "type", evt.Type)
	}
	w.WriteHeader(http.StatusOK)
}
