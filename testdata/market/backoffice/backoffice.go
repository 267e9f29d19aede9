// Package backoffice holds staff endpoints (mounted behind staff login in
// package routes).
package backoffice

import (
	"encoding/json"
	"net/http"

	"example.com/market/orders"
)

// Event is a provider event pasted by support staff to re-apply it.
type Event struct {
	Type   string `json:"type"`
	Charge string `json:"charge"`
	Order  string `json:"order"`
}

// Handler serves the back office.
type Handler struct {
	Orders *orders.Store
}

// Replay re-applies a charge event by hand. Look-alike: it reads a body,
// decodes an event and marks the order paid, but it is a staff endpoint,
// not the provider's webhook (silent).
func (h *Handler) Replay(w http.ResponseWriter, r *http.Request) {
	var ev Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if ev.Type == "charge.succeeded" {
		h.Orders.MarkPaid(r.Context(), ev.Order, ev.Charge)
	}
	w.WriteHeader(http.StatusNoContent)
}
