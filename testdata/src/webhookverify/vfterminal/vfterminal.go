// Package vfterminal: PayPal webhooks that store a terminal payment state
// other than paid (a failed payout, a refunded or cancelled payment)
// through the merchant's interface or SQL, where only the error of
// VerifyWebhookSignature is checked (its VerificationStatus answers
// FAILURE with a nil error), with the look-alikes that read the verdict.
package vfterminal

import (
	"context"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"

	"github.com/plutov/paypal/v4"
)

// Ledger is the payout store, implemented elsewhere.
type Ledger interface {
	MarkPayoutFailed(ctx context.Context, itemID string) error
	MarkPaymentRefunded(ctx context.Context, captureID string) error
	SetPaymentStatus(ctx context.Context, captureID, status string) error
	UpdateFailedPaymentCount(ctx context.Context, itemID string) error
}

// Mailer tells the seller.
type Mailer interface {
	SendPayoutFailedNotice(ctx context.Context, itemID string) error
}

type Hooks struct {
	pp        *paypal.Client
	webhookID string
	ledger    Ledger
	mail      Mailer
	db        *sql.DB
}

type ppEvent struct {
	EventType string `json:"event_type"`
	Resource  struct {
		ID           string `json:"id"`
		PayoutItemID string `json:"payout_item_id"`
	} `json:"resource"`
}

func Routes(mux *http.ServeMux, h *Hooks) {
	mux.HandleFunc("/webhooks/paypal/payout-failed", h.PayoutFailedErrOnly)
	mux.HandleFunc("/webhooks/paypal/refunded", h.RefundedErrOnly)
	mux.HandleFunc("/webhooks/paypal/cancelled", h.CancelledErrOnly)
	mux.HandleFunc("/webhooks/paypal/unchecked-refund", h.RefundUnchecked)
	mux.HandleFunc("/webhooks/paypal/status-compared", h.PayoutFailedStatusCompared)
	mux.HandleFunc("/webhooks/paypal/status-helper", h.PayoutFailedStatusHelper)
	mux.HandleFunc("/webhooks/paypal/status-switch", h.PayoutFailedStatusSwitch)
	mux.HandleFunc("/webhooks/paypal/logs-only", h.LogsOnly)
	mux.HandleFunc("/webhooks/paypal/count", h.CountsFailures)
	mux.HandleFunc("/webhooks/paypal/unchecked-failure", h.FailureUnchecked)
}

// PayoutFailedErrOnly: the call to PayPal went through, its verdict is
// never read: a forged PAYMENT.PAYOUTS-ITEM.FAILED marks the payout failed.
func (h *Hooks) PayoutFailedErrOnly(w http.ResponseWriter, r *http.Request) {
	if _, err := h.pp.VerifyWebhookSignature(r.Context(), r, h.webhookID); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev ppEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if ev.EventType == "PAYMENT.PAYOUTS-ITEM.FAILED" {
		h.ledger.MarkPayoutFailed(r.Context(), ev.Resource.PayoutItemID) // want `checks only the error of paypal Client.VerifyWebhookSignature, a remote call that answers FAILURE without an error, before failed payment state stored by vfterminal.Ledger.MarkPayoutFailed`
	}
	w.WriteHeader(http.StatusOK)
}

// RefundedErrOnly: the same, the refund stored by SQL.
func (h *Hooks) RefundedErrOnly(w http.ResponseWriter, r *http.Request) {
	_, err := h.pp.VerifyWebhookSignature(r.Context(), r, h.webhookID)
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	var ev ppEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.db.ExecContext(r.Context(), `UPDATE payments SET status = 'refunded' WHERE capture_id = $1`, ev.Resource.ID) // want `checks only the error of paypal Client.VerifyWebhookSignature.* before refunded payment state stored by sql.DB.ExecContext`
	w.WriteHeader(http.StatusOK)
}

// CancelledErrOnly: the state handed to the store as a constant.
func (h *Hooks) CancelledErrOnly(w http.ResponseWriter, r *http.Request) {
	if _, err := h.pp.VerifyWebhookSignature(r.Context(), r, h.webhookID); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev ppEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return
	}
	h.ledger.SetPaymentStatus(r.Context(), ev.Resource.ID, "CANCELLED") // want `checks only the error .* before cancelled payment state stored by vfterminal.Ledger.SetPaymentStatus`
}

// RefundUnchecked verifies nothing: a forged refund hands money back.
func (h *Hooks) RefundUnchecked(w http.ResponseWriter, r *http.Request) {
	var ev ppEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return
	}
	h.ledger.MarkPaymentRefunded(r.Context(), ev.Resource.ID) // want `acts on the payment \(refunded payment state stored by vfterminal.Ledger.MarkPaymentRefunded\) without verifying`
}

// FailureUnchecked verifies nothing either, but a failure moves no money
// back: left to the paid-state rule (precision first).
func (h *Hooks) FailureUnchecked(w http.ResponseWriter, r *http.Request) {
	var ev ppEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return
	}
	h.ledger.MarkPayoutFailed(r.Context(), ev.Resource.PayoutItemID)
}

// PayoutFailedStatusCompared: the error and the verdict are both checked.
func (h *Hooks) PayoutFailedStatusCompared(w http.ResponseWriter, r *http.Request) {
	res, err := h.pp.VerifyWebhookSignature(r.Context(), r, h.webhookID)
	if err != nil || res.VerificationStatus != "SUCCESS" {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev ppEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return
	}
	h.ledger.MarkPayoutFailed(r.Context(), ev.Resource.PayoutItemID)
	h.db.ExecContext(r.Context(), `UPDATE payments SET status = 'refunded' WHERE capture_id = $1`, ev.Resource.ID)
}

// PayoutFailedStatusHelper: the verdict read by a helper.
func (h *Hooks) PayoutFailedStatusHelper(w http.ResponseWriter, r *http.Request) {
	res, err := h.pp.VerifyWebhookSignature(r.Context(), r, h.webhookID)
	if err != nil || !verified(res) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev ppEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return
	}
	h.ledger.MarkPayoutFailed(r.Context(), ev.Resource.PayoutItemID)
}

func verified(res *paypal.VerifyWebhookResponse) bool {
	return res != nil && res.VerificationStatus == "SUCCESS"
}

// PayoutFailedStatusSwitch: the verdict compared in a switch.
func (h *Hooks) PayoutFailedStatusSwitch(w http.ResponseWriter, r *http.Request) {
	res, err := h.pp.VerifyWebhookSignature(r.Context(), r, h.webhookID)
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	switch res.VerificationStatus {
	case "SUCCESS":
	default:
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev ppEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return
	}
	h.ledger.MarkPayoutFailed(r.Context(), ev.Resource.PayoutItemID)
}

// LogsOnly: the error checked, then only a log line and a mail: no
// payment state changes.
func (h *Hooks) LogsOnly(w http.ResponseWriter, r *http.Request) {
	if _, err := h.pp.VerifyWebhookSignature(r.Context(), r, h.webhookID); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev ppEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return
	}
	log.Printf("paypal payout %s failed", ev.Resource.PayoutItemID)
	h.mail.SendPayoutFailedNotice(r.Context(), ev.Resource.PayoutItemID)
}

// CountsFailures: a failure counter is no payment's state.
func (h *Hooks) CountsFailures(w http.ResponseWriter, r *http.Request) {
	if _, err := h.pp.VerifyWebhookSignature(r.Context(), r, h.webhookID); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev ppEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return
	}
	h.ledger.UpdateFailedPaymentCount(r.Context(), ev.Resource.PayoutItemID)
}
