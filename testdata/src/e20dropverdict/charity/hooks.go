// Package charity receives PayPal's capture notifications for donations
// (net/http).
package charity

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"e20dropverdict/ppcheck"
)

type captureEvent struct {
	EventType string `json:"event_type"`
	Resource  struct {
		ID string `json:"id"`
	} `json:"resource"`
}

// Hooks holds the handlers' dependencies.
type Hooks struct {
	DB    *sql.DB
	Check *ppcheck.Checker
}

// Captured trusts the wrapper's error alone.
func (h *Hooks) Captured(w http.ResponseWriter, r *http.Request) {
	if err := h.Check.Verify(r.Context(), r); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var ev captureEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil || ev.EventType != "PAYMENT.CAPTURE.COMPLETED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := h.DB.ExecContext(r.Context(), `UPDATE donations SET status = 'paid' WHERE capture_id = $1`, ev.Resource.ID); err != nil { // want `payment webhook /webhooks/paypal/captured checks only the error of its verifier, whose verdict is another result`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Refunded goes through the wrapper that tests VerificationStatus: silent.
func (h *Hooks) Refunded(w http.ResponseWriter, r *http.Request) {
	if err := h.Check.VerifyStatus(r.Context(), r); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var ev captureEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil || ev.EventType != "PAYMENT.CAPTURE.COMPLETED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := h.DB.ExecContext(r.Context(), `UPDATE donations SET status = 'paid' WHERE capture_id = $1`, ev.Resource.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Routes mounts the hooks.
func Routes(mux *http.ServeMux, h *Hooks) {
	mux.HandleFunc("/webhooks/paypal/captured", h.Captured)
	mux.HandleFunc("/webhooks/paypal/refunded", h.Refunded)
}
