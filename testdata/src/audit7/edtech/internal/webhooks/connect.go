package webhooks

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/stripe/stripe-go/v82"
)

// PayoutLedger records instructor payouts.
type PayoutLedger interface {
	MarkTransferPaid(ctx context.Context, transferID string) error
	MarkTransferFailed(ctx context.Context, transferID string) error
}

// Connect handles the Connect account's transfer events.
type Connect struct{ Ledger PayoutLedger }

type transferObject struct {
	ID string `json:"id"`
}

// Handle is mounted at POST /webhooks/stripe-connect.
func (c *Connect) Handle(w http.ResponseWriter, r *http.Request) {
	var evt stripe.Event
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	var tr transferObject
	if evt.Data == nil || json.Unmarshal(evt.Data.Raw, &tr) != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	var err error
	switch evt.Type {
	case "transfer.paid":
		err = c.Ledger.MarkTransferPaid(r.Context(), tr.ID)
	case "transfer.failed":
		err = c.Ledger.MarkTransferFailed(r.Context(), tr.ID)
	}
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
