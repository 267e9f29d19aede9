package webhooks

import (
	"encoding/json"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

func (h *Handler) stripeEvents(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.cfg.StripeSecret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		http.Error(w, "bad object", http.StatusBadRequest)
		return
	}
	switch string(evt.Type) {
	case "payment_intent.amount_capturable_updated":
		// 3-D Secure finished: the hold is in place, unlock the connector.
		if err := h.sessions.HoldConfirmed(r.Context(), pi.ID); err != nil { // webhookack (reported at the binding, wire/wire.go:73): HoldConfirmed (sessions.Service, wired in package wire) sends the remote-start command to the CPMS over HTTP, up to 5 tries, before the 200
			h.log.Error("hold confirmed", "pi", pi.ID, "err", err)
			http.Error(w, "retry later", http.StatusInternalServerError)
			return
		}
	case "payment_intent.succeeded":
		if pi.Metadata["kind"] == "wallet_topup" {
			if err := h.creditWallet(r.Context(), pi.Metadata["wallet_id"], pi.AmountReceived); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance"
				http.Error(w, "retry later", http.StatusInternalServerError)
				return
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}

// stripeRefunds keeps session refunds in sync (refunds made from the
// dashboard by support).
func (h *Handler) stripeRefunds(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.cfg.StripeSecret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	var ch stripe.Charge
	if err := json.Unmarshal(evt.Data.Raw, &ch); err != nil {
		http.Error(w, "bad object", http.StatusBadRequest)
		return
	}
	first, err := h.firstDelivery(r.Context(), "stripe", evt.ID)
	if err != nil {
		http.Error(w, "retry later", http.StatusInternalServerError)
		return
	}
	if first && ch.Metadata["wallet_id"] != "" {
		// refunded session energy goes back to the driver's wallet
		if err := h.creditWallet(r.Context(), ch.Metadata["wallet_id"], ch.Amount); err != nil {
			http.Error(w, "retry later", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
