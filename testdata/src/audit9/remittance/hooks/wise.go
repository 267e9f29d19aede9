// Package hooks receives partner webhooks: Wise, the mobile-money
// aggregator, Checkout.com, GoCardless and the chain indexer.
package hooks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"

	"audit9/remittance/domain"
	"audit9/remittance/wise"
)

// WiseHooks handles Wise webhook events.
type WiseHooks struct {
	transfers domain.TransferStore
	notifier  domain.Notifier
	balances  BalanceBook
}

// BalanceBook records top-ups of our Wise balance.
type BalanceBook interface {
	RecordDeposit(ctx context.Context, currency string, amount float64, ref string) error
}

// NewWiseHooks returns the Wise handlers.
func NewWiseHooks(transfers domain.TransferStore, notifier domain.Notifier, balances BalanceBook) *WiseHooks {
	return &WiseHooks{transfers: transfers, notifier: notifier, balances: balances}
}

type wiseEvent struct {
	EventType string `json:"event_type"`
	Data      struct {
		Resource struct {
			ID   int64  `json:"id"`
			Type string `json:"type"`
		} `json:"resource"`
		CurrentState string  `json:"current_state"`
		Currency     string  `json:"currency"`
		Amount       float64 `json:"amount"`
		TransferRef  string  `json:"transaction_id"`
	} `json:"data"`
}

// TransferStateChange handles transfers#state-change.
func (h *WiseHooks) TransferStateChange(w http.ResponseWriter, r *http.Request) {
	var evt wiseEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if evt.EventType != "transfers#state-change" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	ctx := r.Context()
	t, err := h.transfers.FindByPayoutRef(ctx, fmt.Sprintf("wise:%d", evt.Data.Resource.ID))
	if errors.Is(err, domain.ErrNotFound) {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err != nil {
		http.Error(w, "lookup failed", http.StatusInternalServerError)
		return
	}
	switch evt.Data.CurrentState {
	case wise.StateOutgoingPaymentSent:
		if err := h.transfers.MarkCompleted(ctx, t.ID); err != nil {
			http.Error(w, "update failed", http.StatusInternalServerError)
			return
		}
		if err := h.notifier.PayoutDelivered(ctx, t); err != nil { // webhookdedupe (reported at the binding, cmd/remitd/main.go:105): PayoutDelivered texts the recipient on every delivery of the state-change event; MarkCompleted is idempotent but nothing checks the stored status first (KeyStone "Always handle webhooks idempotently") // webhookack (reported at the binding, cmd/remitd/main.go:105): the SMS gateway call is made before the handler answers 200 (Exirom "Respond 200 first, process async")
			log.Printf("notify delivered %s: %v", t.ID, err)
		}
	case wise.StateCancelled, wise.StateFundsRefunded, wise.StateBouncedBack:
		if err := h.transfers.MarkFailed(ctx, t.ID, evt.Data.CurrentState); err != nil {
			http.Error(w, "update failed", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// BalanceDeposit handles balances#credit: money arriving on our Wise balance.
func (h *WiseHooks) BalanceDeposit(w http.ResponseWriter, r *http.Request) {
	var evt wiseEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if err := h.balances.RecordDeposit(r.Context(), evt.Data.Currency, evt.Data.Amount, evt.Data.TransferRef); err != nil {
		http.Error(w, "record failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
