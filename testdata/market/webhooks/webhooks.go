// Package webhooks receives the provider's charge events.
package webhooks

import (
	"encoding/json"
	"io"
	"net/http"

	"example.com/market/orders"
	"example.com/market/verify"
)

// Event is the provider's charge event.
type Event struct {
	Type   string `json:"type"`
	Charge string `json:"charge"`
	Order  string `json:"order"`
}

// Handler handles the provider's events.
type Handler struct {
	Orders *orders.Store
	Secret string
}

// Charge marks the order paid without checking the signature; routes
// mounts it, and only one of its routes has a verifying middleware, so
// the finding is at the mount that has none.
func (h *Handler) Charge(w http.ResponseWriter, r *http.Request) {
	var ev Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if ev.Type == "charge.succeeded" {
		h.Orders.MarkPaid(r.Context(), ev.Order, ev.Charge)
	}
	w.WriteHeader(http.StatusOK)
}

// Verified checks the signature first.
func (h *Handler) Verified(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := verify.Signature(h.Secret, r.Header.Get("PSP-Signature"), body); err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if ev.Type == "charge.succeeded" {
		h.Orders.MarkPaid(r.Context(), ev.Order, ev.Charge)
	}
	w.WriteHeader(http.StatusOK)
}
