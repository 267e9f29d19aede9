package webhooks

import (
	"context"
	"log"
	"net/http"
	"time"

	"github.com/braintree-go/braintree-go"
)

// Reconciler queues a copay reconciliation run.
type Reconciler interface {
	EnqueueReconcile(ctx context.Context, since time.Time, reason string) error
}

// BraintreeHook handles Braintree webhook notifications for copays.
type BraintreeHook struct {
	bt    *braintree.Braintree
	recon Reconciler
}

// NewBraintreeHook returns the Braintree handler.
func NewBraintreeHook(bt *braintree.Braintree, recon Reconciler) *BraintreeHook {
	return &BraintreeHook{bt: bt, recon: recon}
}

// ServeHTTP parses (and so verifies) the notification, then queues a
// reconciliation of the copays it may concern.
func (h *BraintreeHook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n, err := h.bt.WebhookNotification().ParseRequest(r)
	if err != nil {
		log.Printf("braintree: rejected notification: %v", err)
		http.Error(w, "invalid notification", http.StatusForbidden)
		return
	}
	switch n.Kind {
	case "check":
	case "transaction_settled", "transaction_settlement_declined", "transaction_disbursed":
		if err := h.recon.EnqueueReconcile(r.Context(), n.Timestamp.Add(-time.Hour), n.Kind); err != nil {
			http.Error(w, "queue", http.StatusServiceUnavailable)
			return
		}
	default:
		log.Printf("braintree: ignoring %s", n.Kind)
	}
	w.WriteHeader(http.StatusOK)
}
