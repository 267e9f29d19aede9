// Package webhooks receives payment notifications from Mercado Pago,
// Mollie and Square.
package webhooks

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"strconv"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/tasks"
	"github.com/go-chi/chi/v5"
	"github.com/mercadopago/sdk-go/pkg/payment"
	mpwebhook "github.com/mercadopago/sdk-go/pkg/webhook"

	"audit17/laundry/domain"
)

// EventLog records provider notification ids.
type EventLog interface {
	RecordEvent(ctx context.Context, provider, eventID string) (bool, error)
}

// PaymentReader reads a Mercado Pago payment.
type PaymentReader interface {
	Status(ctx context.Context, id int) (*payment.Response, error)
}

// MercadoPago handles Mercado Pago notifications.
type MercadoPago struct {
	Secret   string
	Orders   domain.Orders
	Loyalty  domain.Loyalty
	Events   EventLog
	Payments PaymentReader
	Queue    *machinery.Server
}

type mpNotification struct {
	Action string `json:"action"`
	Type   string `json:"type"`
	Data   struct {
		ID string `json:"id"`
	} `json:"data"`
}

// Routes mounts the notification endpoint.
func (h *MercadoPago) Routes(r chi.Router) {
	r.Post("/notificaciones/mercadopago", h.notify)
}

func (h *MercadoPago) notify(w http.ResponseWriter, r *http.Request) {
	var n mpNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if err := mpwebhook.ValidateSignature(r.Header.Get("x-signature"), r.Header.Get("x-request-id"), n.Data.ID, h.Secret); err != nil {
		log.Printf("mercadopago notification %s: signature: %v", n.Data.ID, err)
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
	pay, err := h.Payments.Status(ctx, id)
	if err != nil {
		http.Error(w, "lookup failed", http.StatusBadGateway)
		return
	}
	if err := h.Orders.MarkPaid(ctx, pay.ExternalReference, n.Data.ID); err != nil { // want "\\[webhookverify\\] payment webhook /notificaciones/mercadopago verifies the signature but carries on when it fails"
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	fresh, err := h.Events.RecordEvent(ctx, "mercadopago", n.Data.ID)
	if err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if fresh {
		o, err := h.Orders.Get(ctx, pay.ExternalReference)
		if err == nil {
			_ = h.Loyalty.Grant(ctx, o.CustomerID, o.AmountCts/1000)
		}
		sig, _ := tasks.NewSignature("sms.order_paid", []tasks.Arg{{Type: "string", Value: pay.ExternalReference}})
		_, _ = h.Queue.SendTaskWithContext(ctx, sig)
	}
	w.WriteHeader(http.StatusOK)
}
