// Package wallet turns a mobile wallet's state notifications into
// booking, refund and payout updates; the applications mount the routes.
package wallet

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

// Notification is the body the wallet posts when a payment, a refund or
// a payout changes state.
type Notification struct {
	Type      string `json:"type"` // PAYMENT_STATE, REFUND_STATE, PAYOUT_STATE
	PaymentID string `json:"paymentId"`
	RefundID  string `json:"refundId"`
	PayoutID  string `json:"payoutId"`
	State     string `json:"state"`
}

// Ledger is what payment and refund notifications update.
type Ledger interface {
	MarkPaidByRef(ctx context.Context, ref string) error
	SetRefundStatus(ctx context.Context, refundID, status string) error
}

// Payouts moves the state of the club's payouts.
type Payouts interface {
	MarkSettled(ctx context.Context, payoutID string) error
}

// Notifier serves the wallet's notifications.
type Notifier struct {
	Ledger  Ledger
	Payouts Payouts
	Secret  []byte
}

// HandlePayment receives PAYMENT_STATE notifications.
func (n *Notifier) HandlePayment(w http.ResponseWriter, r *http.Request) {
	var evt Notification
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if evt.Type == "PAYMENT_STATE" && evt.State == "SUCCESS" {
		if err := n.Ledger.MarkPaidByRef(r.Context(), evt.PaymentID); err != nil {
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
	status := "sent"
	if evt.State == "FAILED" {
		status = "failed"
	}
	if err := n.Ledger.SetRefundStatus(r.Context(), evt.RefundID, status); err != nil {
		http.Error(w, "retry later", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// HandleSettlement receives PAYOUT_STATE notifications.
func (n *Notifier) HandleSettlement(w http.ResponseWriter, r *http.Request) {
	var evt Notification
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := n.Payouts.MarkSettled(r.Context(), evt.PayoutID); err != nil {
		http.Error(w, "retry later", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// HandleCheckedPayment receives PAYMENT_STATE notifications and checks
// their HMAC itself first.
func (n *Notifier) HandleCheckedPayment(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, n.Secret)
	mac.Write(body)
	sig, _ := hex.DecodeString(r.Header.Get("X-Wallet-Signature"))
	if !hmac.Equal(mac.Sum(nil), sig) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var evt Notification
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if evt.State == "SUCCESS" {
		if err := n.Ledger.MarkPaidByRef(r.Context(), evt.PaymentID); err != nil {
			http.Error(w, "retry later", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// Status answers the wallet's reachability probe.
func (n *Notifier) Status(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(http.StatusOK)
}
