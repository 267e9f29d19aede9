// Package admin is the back office: staff endpoints that read a body and
// update orders are not the provider's webhooks. Silent.
package admin

import (
	"encoding/json"
	"net/http"

	"webhookverify/crosspkg/store"
)

// Event is a provider event pasted by staff to re-apply it.
type Event struct {
	Type   string `json:"type"`
	Charge string `json:"charge"`
	Order  string `json:"order"`
}

// MarkPaidRequest is staff marking an order paid by hand.
type MarkPaidRequest struct {
	Order  string `json:"order"`
	Charge string `json:"charge"`
}

// Handler is the back office.
type Handler struct{ Orders *store.Store }

// ReplayEvent re-applies an event (behind staff login, elsewhere).
func (h *Handler) ReplayEvent(w http.ResponseWriter, r *http.Request) {
	var ev Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return
	}
	if ev.Type == "charge.succeeded" {
		h.Orders.MarkPaid(r.Context(), ev.Order, ev.Charge)
	}
}

// MarkPaid marks an order paid by hand.
func (h *Handler) MarkPaid(w http.ResponseWriter, r *http.Request) {
	var req MarkPaidRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	h.Orders.MarkPaid(r.Context(), req.Order, req.Charge)
}
