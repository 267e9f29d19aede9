package webhooks

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"github.com/plutov/paypal/v4"

	"audit13/tickets/orders"
	"audit13/tickets/paypalpay"
	"audit13/tickets/store"
)

// PayPalHooks handles PayPal webhooks for the PayPal markets.
type PayPalHooks struct {
	sdk       *paypal.Client
	pay       *paypalpay.Client
	events    *store.Listings
	orders    *orders.Service
	webhookID string
	log       *slog.Logger
}

// NewPayPalHooks builds the PayPal webhook handler.
func NewPayPalHooks(pay *paypalpay.Client, events *store.Listings, orders *orders.Service, webhookID string, log *slog.Logger) *PayPalHooks {
	return &PayPalHooks{sdk: pay.SDK(), pay: pay, events: events, orders: orders, webhookID: webhookID, log: log}
}

type paypalEvent struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"`
	Resource  struct {
		ID            string `json:"id"`
		Status        string `json:"status"`
		CustomID      string `json:"custom_id"`
		PurchaseUnits []struct {
			ReferenceID string `json:"reference_id"`
		} `json:"purchase_units"`
	} `json:"resource"`
}

func (h *PayPalHooks) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if _, err := h.sdk.VerifyWebhookSignature(r.Context(), r, h.webhookID); err != nil {
		h.log.Warn("paypal webhook verification", "err", err)
		http.Error(w, "verification failed", http.StatusBadRequest)
		return
	}
	var ev paypalEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	fresh, err := h.events.ClaimEvent(r.Context(), "paypal", ev.ID)
	if err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if !fresh {
		w.WriteHeader(http.StatusOK)
		return
	}
	switch ev.EventType {
	case "PAYMENT.CAPTURE.COMPLETED":
		if err := h.orders.Fulfill(r.Context(), ev.Resource.CustomID); err != nil { // want "\\[webhookverify\\] payment webhook PayPalHooks.ServeHTTP checks only the error of paypal Client.VerifyWebhookSignature"
			http.Error(w, "fulfil", http.StatusInternalServerError)
			return
		}
	case "CHECKOUT.ORDER.APPROVED":
		if _, err := h.pay.Capture(r.Context(), ev.Resource.ID); err != nil { // want "\\[webhookack\\] webhook handler calls paypalpay.Client.Capture, which calls the payment provider"
			h.log.Error("paypal capture", "order", ev.Resource.ID, "err", err)
			http.Error(w, "capture", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
