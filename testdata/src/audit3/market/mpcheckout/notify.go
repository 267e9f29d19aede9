package mpcheckout

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/mercadopago/sdk-go/pkg/webhook"
)

// Notifications receives Mercado Pago's payment notifications.
type Notifications struct {
	orders *Orders
	mp     payment.Client
	secret string
}

type mpNotice struct {
	ID     int64  `json:"id"`
	Type   string `json:"type"`
	Action string `json:"action"`
	Data   struct {
		ID string `json:"id"`
	} `json:"data"`
}

// Payment trusts the notice body: no x-signature check, no read-back.
func (n *Notifications) Payment(w http.ResponseWriter, r *http.Request) {
	var ev mpNotice
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if ev.Type == "payment" && ev.Action == "payment.updated" {
		orderID := r.URL.Query().Get("order")
		n.orders.MarkPaid(r.Context(), orderID, ev.Data.ID) // want "\\[webhookverify\\] payment webhook /webhooks/mercadopago acts on the payment"
	}
	w.WriteHeader(http.StatusOK)
}

// PaymentV2 validates x-signature, reads the payment back, then credits
// the seller's balance on every delivery of the notice.
func (n *Notifications) PaymentV2(w http.ResponseWriter, r *http.Request) {
	var ev mpNotice
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := webhook.ValidateSignature(r.Header.Get("x-signature"), r.Header.Get("x-request-id"), ev.Data.ID, n.secret); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	id, _ := strconv.Atoi(ev.Data.ID)
	pay, err := n.mp.Get(r.Context(), id)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if pay.Status == "approved" {
		n.orders.MarkPaid(r.Context(), pay.ExternalReference, ev.Data.ID)
		n.orders.CreditSeller(r.Context(), pay.ExternalReference) // want "\\[webhookdedupe\\] webhook handler fulfils the order \\(mpcheckout.Orders.CreditSeller\\)"
	}
	w.WriteHeader(http.StatusOK)
}
