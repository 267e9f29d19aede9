// Package hooks: payment webhook handlers registered by package app and
// acting through package fulfil's service.
package hooks

import (
	"encoding/json"
	"net/http"

	"webhookdedupe/service/fulfil"
)

type Hooks struct {
	Svc *fulfil.Service
}

type notification struct {
	EventID string `json:"event_id"`
	OrderID string `json:"order_id"`
	UserID  string `json:"user_id"`
	Amount  int64  `json:"amount"`
}

func read(r *http.Request) (notification, error) {
	var n notification
	err := json.NewDecoder(r.Body).Decode(&n)
	return n, err
}

// PaymentWebhook ships through the service on every delivery.
func (h *Hooks) PaymentWebhook(w http.ResponseWriter, r *http.Request) {
	n, err := read(r)
	if err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	if err := h.Svc.HandlePaid(r.Context(), n.OrderID); err != nil { // want `webhook handler fulfils the order \(fulfil.Service.HandlePaid: fulfil.Service.ShipOrder\) on every delivery`
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// PaymentWebhookOnce: the service checks the order's state itself.
func (h *Hooks) PaymentWebhookOnce(w http.ResponseWriter, r *http.Request) {
	n, err := read(r)
	if err != nil {
		return
	}
	h.Svc.HandlePaidOnce(r.Context(), n.OrderID)
}

// PaymentWebhookIdempotent: marking paid and a "fulfil" that only stores
// the state are idempotent.
func (h *Hooks) PaymentWebhookIdempotent(w http.ResponseWriter, r *http.Request) {
	n, err := read(r)
	if err != nil {
		return
	}
	h.Svc.MarkOrderPaid(r.Context(), n.OrderID)
	h.Svc.FulfillOrder(r.Context(), n.OrderID)
}

// WalletWebhook credits the wallet on every delivery.
func (h *Hooks) WalletWebhook(w http.ResponseWriter, r *http.Request) {
	n, err := read(r)
	if err != nil {
		return
	}
	h.Svc.CreditWallet(r.Context(), n.UserID, n.Amount) // want `webhook handler credits the balance \(fulfil.Service.CreditWallet: .*\) on every delivery`
}
