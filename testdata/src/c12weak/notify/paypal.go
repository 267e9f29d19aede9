// Package notify receives PayPal and bank notifications on chi; the use
// cases behind its ports are bound in cmd/notifyd.
package notify

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/plutov/paypal/v4"

	"c12weak/domain"
)

type paypalEvent struct {
	EventType string `json:"event_type"`
	Resource  struct {
		ID string `json:"id"`
	} `json:"resource"`
}

// PayPal checks only the error of VerifyWebhookSignature: PayPal answers
// verification_status FAILURE with a nil error.
type PayPal struct {
	sdk       *paypal.Client
	webhookID string
	orders    domain.Orders
}

func NewPayPal(sdk *paypal.Client, webhookID string, o domain.Orders) *PayPal {
	return &PayPal{sdk: sdk, webhookID: webhookID, orders: o}
}

func (h *PayPal) Routes(r chi.Router) { r.Post("/paypal/events", h.Events) }

func (h *PayPal) Events(w http.ResponseWriter, r *http.Request) {
	if _, err := h.sdk.VerifyWebhookSignature(r.Context(), r, h.webhookID); err != nil {
		http.Error(w, "verify", http.StatusBadRequest)
		return
	}
	var ev paypalEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if ev.EventType == "CHECKOUT.ORDER.COMPLETED" {
		if err := h.orders.Apply(r.Context(), ev.Resource.ID); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// PayPalStrict reads the verdict too: silent.
type PayPalStrict struct {
	sdk       *paypal.Client
	webhookID string
	orders    domain.Orders
}

func NewPayPalStrict(sdk *paypal.Client, webhookID string, o domain.Orders) *PayPalStrict {
	return &PayPalStrict{sdk: sdk, webhookID: webhookID, orders: o}
}

func (h *PayPalStrict) Routes(r chi.Router) { r.Post("/paypal/strict", h.Events) }

func (h *PayPalStrict) Events(w http.ResponseWriter, r *http.Request) {
	res, err := h.sdk.VerifyWebhookSignature(r.Context(), r, h.webhookID)
	if err != nil || res.VerificationStatus != "SUCCESS" {
		http.Error(w, "verify", http.StatusBadRequest)
		return
	}
	var ev paypalEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if ev.EventType == "CHECKOUT.ORDER.COMPLETED" {
		if err := h.orders.Apply(r.Context(), ev.Resource.ID); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
