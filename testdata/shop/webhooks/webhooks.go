// Package webhooks receives payment events from Stripe and from the REST
// provider.
package webhooks

import (
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"example.com/shop/billing"
	"example.com/shop/orders"
)

const maxBody = 65536

// Handlers are the webhook endpoints.
type Handlers struct {
	Orders        *orders.Store
	StripeSecret  string
	ProviderToken string
}

// Register adds the webhook routes to mux.
func (h *Handlers) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe", h.Stripe)
	mux.HandleFunc("POST /webhooks/provider", h.Provider)
}

// Stripe verifies the Stripe-Signature header before acting on the event.
func (h *Handlers) Stripe(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), h.StripeSecret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	if event.Type == stripe.EventTypeCheckoutSessionCompleted {
		var s stripe.CheckoutSession
		if err := json.Unmarshal(event.Data.Raw, &s); err != nil {
			http.Error(w, "bad event", http.StatusBadRequest)
			return
		}
		if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
			if err := h.Orders.MarkPaid(r.Context(), s.ClientReferenceID, s.ID); err != nil {
				log.Printf("webhook: %v", err)
			}
			if err := h.Orders.Fulfill(r.Context(), s.ClientReferenceID); err != nil {
				log.Printf("webhook: %v", err)
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}

// providerEvent is the REST provider's webhook body.
type providerEvent struct {
	Type    string          `json:"type"`
	Payment billing.Payment `json:"payment"`
}

// Provider acts on the REST provider's payment events without checking
// the X-Signature header: anyone who finds the URL can mark orders paid.
func (h *Handlers) Provider(w http.ResponseWriter, r *http.Request) {
	var evt providerEvent
	if err := json.NewDecoder(io.LimitReader(r.Body, maxBody)).Decode(&evt); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	if evt.Type == "payment.confirmed" && evt.Payment.Status == billing.StatusConfirmed {
		if err := h.Orders.MarkPaid(r.Context(), evt.Payment.OrderID, evt.Payment.ID); err != nil { // paylint: expect webhookverify
			log.Printf("provider webhook: %v", err)
			return
		}
		if err := h.Orders.Fulfill(r.Context(), evt.Payment.OrderID); err != nil {
			log.Printf("provider webhook: %v", err)
		}
	}
}
