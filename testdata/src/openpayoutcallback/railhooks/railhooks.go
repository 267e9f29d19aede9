// Package railhooks receives the payout bank's callbacks about the
// commissions and transfers it pays out. A callback whose posted status is
// stored on the payout's or transfer's row with no signature check lets
// anyone mark a payout paid, failed or returned.
package railhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"

	"openpayoutcallback/commissions"
)

// PayoutNotice is what the bank posts when a payout moves.
type PayoutNotice struct {
	PayoutID string `json:"payout_id"`
	Status   string `json:"status"` // paid, returned, failed
}

// TransferEvent wraps a transfer's state in the bank's envelope.
type TransferEvent struct {
	Type string `json:"type"`
	Data struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	} `json:"data"`
}

// Hooks handles the callbacks.
type Hooks struct {
	Commissions *commissions.Commissions
	Transfers   *commissions.Transfers
	Deliveries  *commissions.Deliveries
	Secret      []byte
}

// Mount adds the routes.
func (h *Hooks) Mount(r chi.Router) {
	r.Post("/hooks/payouts", h.payouts)
	r.Post("/webhooks/transfers", h.transfers)
	r.Post("/hooks/payouts/signed", h.signedPayouts)
	r.Post("/hooks/deliveries", h.deliveries)
	r.Post("/admin/payouts/status", h.adminStatus)
}

// --- flagged ---

// payouts stores the posted status with no check.
func (h *Hooks) payouts(w http.ResponseWriter, r *http.Request) {
	var n PayoutNotice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := h.Commissions.SetPayoutStatus(r.Context(), n.PayoutID, n.Status); err != nil { // want `payment webhook /hooks/payouts acts on the payment \(the posted status stored by commissions\.Commissions\.SetPayoutStatus\) without verifying the provider's signature`
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// transfers stores the envelope's status with no check.
func (h *Hooks) transfers(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var evt TransferEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := h.Transfers.Record(r.Context(), evt.Data.ID, evt.Data.Status); err != nil { // want `payment webhook /webhooks/transfers acts on the payment \(the posted status stored by commissions\.Transfers\.Record\) without verifying`
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// --- silent ---

// signedPayouts stores the same status once the bank's HMAC holds.
func (h *Hooks) signedPayouts(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, h.Secret)
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("X-Bank-Signature"))) {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	var n PayoutNotice
	if err := json.Unmarshal(body, &n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := h.Commissions.SetPayoutStatus(r.Context(), n.PayoutID, n.Status); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// deliveries stores how far a delivery's processing went: no payment's
// state.
func (h *Hooks) deliveries(w http.ResponseWriter, r *http.Request) {
	var n PayoutNotice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := h.Deliveries.SetDeliveryStatus(r.Context(), n.PayoutID, n.Status); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// adminStatus is the back office's form, on no webhook route.
func (h *Hooks) adminStatus(w http.ResponseWriter, r *http.Request) {
	var n PayoutNotice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := h.Commissions.SetPayoutStatus(r.Context(), n.PayoutID, n.Status); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
