// Package callbacks receives the payout rail's signed callbacks.
package callbacks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"

	"postedpayoutstatus/ledger"
)

// Callback is what the rail posts when a payout moves.
type Callback struct {
	TransferID string `json:"transfer_id"`
	Status     string `json:"status"` // paid, failed, returned
	Amount     int64  `json:"amount"`
}

// Event wraps a transfer callback in the rail's envelope.
type Event struct {
	Type string `json:"type"`
	Data struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	} `json:"data"`
}

// VerifySignature checks the rail's HMAC of the body.
func VerifySignature(body []byte, sig, secret string) error {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig)) {
		return errors.New("bad signature")
	}
	return nil
}

// Hooks handles the callbacks.
type Hooks struct {
	Payouts    *ledger.Payouts
	Transfers  *ledger.Transfers
	Deliveries *ledger.Deliveries
	Secret     string
}

// Routes mounts the callbacks.
func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /hooks/payouts", h.PayoutStatus)
	mux.HandleFunc("POST /hooks/transfers", h.TransferEvent)
	mux.HandleFunc("POST /hooks/payouts/v2", h.PayoutStatusVerified)
	mux.HandleFunc("POST /hooks/payouts/logged", h.PayoutStatusLogged)
}

// PayoutStatus keeps what the rail said before checking who said it.
func (h *Hooks) PayoutStatus(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var cb Callback
	if err := json.Unmarshal(body, &cb); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := h.Payouts.SetByRail(r.Context(), cb.TransferID, cb.Status); err != nil { // want `payment webhook /hooks/payouts acts on the payment \(the posted status stored by ledger\.Payouts\.SetByRail\) before it verifies the signature`
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if err := VerifySignature(body, r.Header.Get("X-Rail-Signature"), h.Secret); err != nil {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// TransferEvent stores the event's status, then checks the signature
// only to log a mismatch.
func (h *Hooks) TransferEvent(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var evt Event
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := VerifySignature(body, r.Header.Get("X-Rail-Signature"), h.Secret); err != nil {
		log.Printf("transfer callback %s: %v", evt.Data.ID, err)
	}
	if err := h.Transfers.Record(r.Context(), evt.Data.ID, evt.Data.Status); err != nil { // want `payment webhook /hooks/transfers .*the posted status stored by ledger\.Transfers\.Record`
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// PayoutStatusVerified stores the same status once the signature holds.
func (h *Hooks) PayoutStatusVerified(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if err := VerifySignature(body, r.Header.Get("X-Rail-Signature"), h.Secret); err != nil {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	var cb Callback
	if err := json.Unmarshal(body, &cb); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := h.Payouts.SetByRail(r.Context(), cb.TransferID, cb.Status); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// PayoutStatusLogged logs the delivery (its raw body, and how far its
// processing went) before the check, and stores the payout's status only
// after it.
func (h *Hooks) PayoutStatusLogged(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var cb Callback
	if err := json.Unmarshal(body, &cb); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := h.Deliveries.Log(r.Context(), cb.TransferID, body); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if err := h.Deliveries.SetDeliveryStatus(r.Context(), cb.TransferID, cb.Status); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if err := VerifySignature(body, r.Header.Get("X-Rail-Signature"), h.Secret); err != nil {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	if err := h.Payouts.SetByRail(r.Context(), cb.TransferID, cb.Status); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
