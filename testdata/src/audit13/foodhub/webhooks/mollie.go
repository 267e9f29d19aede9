package webhooks

import (
	"log"
	"net/http"

	mollie "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"

	"audit13/foodhub/logistics"
)

// MollieHooks handles Mollie's payment webhook. Mollie posts only the
// payment id; the payment itself is read back from the API.
type MollieHooks struct {
	api    *mollie.Client
	orders OrderStore
	pos    *logistics.POS
}

// NewMollieHooks returns the Mollie handler.
func NewMollieHooks(api *mollie.Client, orders OrderStore, pos *logistics.POS) *MollieHooks {
	return &MollieHooks{api: api, orders: orders, pos: pos}
}

// Payment handles POST /hooks/mollie with form field id.
func (h *MollieHooks) Payment(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id := r.FormValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	resp, err := h.api.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
	if err != nil {
		http.Error(w, "lookup failed", http.StatusBadGateway)
		return
	}
	o, err := h.orders.ByProviderRef(ctx, id)
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	switch resp.PaymentResponse.Status {
	case components.PaymentResponseStatusPaid:
		moved, err := h.orders.MarkPaidIfPending(ctx, o.ID)
		if err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
		if moved {
			if err := h.pos.PushOrder(ctx, o); err != nil { // want "\\[webhookack\\] webhook handler calls logistics.POS.PushOrder"
				log.Printf("pos push %s: %v", o.ID, err)
			}
		}
	case components.PaymentResponseStatusFailed, components.PaymentResponseStatusExpired, components.PaymentResponseStatusCanceled:
		if err := h.orders.MarkFailed(ctx, o.ID, string(resp.PaymentResponse.Status)); err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
