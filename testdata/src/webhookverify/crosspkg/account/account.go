// Package account: buyer-facing endpoints that read a body; none decodes
// an event. Silent.
package account

import (
	"encoding/json"
	"net/http"

	"webhookverify/crosspkg/store"
)

// CheckoutRequest is the buyer's checkout form.
type CheckoutRequest struct {
	Order  string `json:"order"`
	Charge string `json:"charge"`
	Status string `json:"status"`
}

// Handler serves the buyer.
type Handler struct{ Orders *store.Store }

// Complete records the charge the frontend reports (a redirectfulfill
// concern, not a webhook).
func (h *Handler) Complete(w http.ResponseWriter, r *http.Request) {
	var req CheckoutRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	if req.Status == "paid" {
		h.Orders.MarkPaid(r.Context(), req.Order, req.Charge)
	}
}
