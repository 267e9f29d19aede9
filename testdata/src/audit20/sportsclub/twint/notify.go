package twint

import (
	"context"
	"encoding/json"
	"net/http"

	"audit20/sportsclub/platform"
)

// Notification is the body the wallet posts when a payment or refund
// changes state.
type Notification struct {
	Type      string `json:"type"` // PAYMENT_STATE, REFUND_STATE
	PaymentID string `json:"paymentId"`
	RefundID  string `json:"refundId"`
	State     string `json:"state"`
}

// Ledger is what notifications update.
type Ledger interface {
	MarkPaidByProviderRef(ctx context.Context, provider, ref string) error
	SetRefundStatus(ctx context.Context, id int64, status string) error
}

// Notifier turns wallet notifications into booking and refund updates.
type Notifier struct {
	Ledger Ledger
	Refs   func(refundID string) (int64, bool)
}

// HandlePayment receives PAYMENT_STATE notifications.
func (n *Notifier) HandlePayment(w http.ResponseWriter, r *http.Request) {
	var evt Notification
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if evt.Type == "PAYMENT_STATE" && evt.State == StateSuccess {
		if err := n.Ledger.MarkPaidByProviderRef(r.Context(), "twint", evt.PaymentID); err != nil {
			platform.L("twint").Error("mark paid", "payment", evt.PaymentID, "err", err)
			http.Error(w, "retry later", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// HandleRefund receives REFUND_STATE notifications.
func (n *Notifier) HandleRefund(w http.ResponseWriter, r *http.Request) {
	var evt Notification
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	id, ok := n.Refs(evt.RefundID)
	if !ok {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	status := "sent"
	if evt.State == StateFailed {
		status = "failed"
	}
	if err := n.Ledger.SetRefundStatus(r.Context(), id, status); err != nil {
		http.Error(w, "retry later", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
