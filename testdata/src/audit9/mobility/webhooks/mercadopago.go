package webhooks

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"github.com/mercadopago/sdk-go/pkg/payment"
	mpwebhook "github.com/mercadopago/sdk-go/pkg/webhook"

	"audit9/mobility/domain"
)

// MercadoPago handles Mercado Pago payment notifications for parking.
type MercadoPago struct {
	secret   string
	payments payment.Client
	parking  domain.ParkingStore
	mailer   domain.Mailer
}

// NewMercadoPago returns the Mercado Pago handler; the secret is required.
func NewMercadoPago(secret string, payments payment.Client, parking domain.ParkingStore, mailer domain.Mailer) (*MercadoPago, error) {
	if secret == "" {
		return nil, fmt.Errorf("webhooks: mercado pago secret is empty")
	}
	return &MercadoPago{secret: secret, payments: payments, parking: parking, mailer: mailer}, nil
}

type mpNotification struct {
	Type string `json:"type"`
	Data struct {
		ID string `json:"id"`
	} `json:"data"`
}

// Notify is POST /webhooks/mercadopago.
func (h *MercadoPago) Notify(w http.ResponseWriter, r *http.Request) {
	var n mpNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := mpwebhook.ValidateSignature(r.Header.Get("x-signature"), r.Header.Get("x-request-id"), n.Data.ID, h.secret); err != nil {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	if n.Type != "payment" {
		w.WriteHeader(http.StatusOK)
		return
	}
	id, err := strconv.Atoi(n.Data.ID)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	p, err := h.payments.Get(ctx, id)
	if err != nil {
		http.Error(w, "retry", http.StatusBadGateway)
		return
	}
	sess, err := h.parking.Get(ctx, p.ExternalReference)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if sess.Status == domain.ParkingPaid || p.Status != "approved" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.parking.MarkPaid(ctx, sess.ID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	receipt := fmt.Sprintf("Parking in zone %s for %s: %.2f %s", sess.Zone, sess.Plate, float64(sess.AmountCents)/100, sess.Currency)
	if err := h.mailer.SendReceipt(ctx, sess.RiderEmail, "Your parking receipt", receipt); err != nil { // want "\\[webhookack\\] webhook handler sends a message \\(domain.Mailer.SendReceipt\\) before answering"
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
