package stripehttp

import (
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

type WebhookHandler struct {
	store  *OrderStore
	mailer *Mailer
	secret string
}

func NewWebhookHandler(store *OrderStore, mailer *Mailer, secret string) *WebhookHandler {
	return &WebhookHandler{store: store, mailer: mailer, secret: secret}
}

func (h *WebhookHandler) readEvent(w http.ResponseWriter, r *http.Request) (stripe.Event, bool) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 65536))
	if err != nil {
		http.Error(w, "read error", http.StatusServiceUnavailable)
		return stripe.Event{}, false
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return stripe.Event{}, false
	}
	return evt, true
}

// Checkout marks the order paid and mails the receipt.
func (h *WebhookHandler) Checkout(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.readEvent(w, r)
	if !ok {
		return
	}
	if evt.Type != stripe.EventTypeCheckoutSessionCompleted {
		w.WriteHeader(http.StatusOK)
		return
	}
	var sess stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &sess); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	if err := h.store.MarkPaid(ctx, sess.ClientReferenceID); err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	o, err := h.store.Find(ctx, sess.ClientReferenceID)
	if err == nil {
		if err := h.mailer.SendReceipt(o.Email, sess.ClientReferenceID, o.AmountDue); err != nil { // want "\\[webhookdedupe\\] " "\\[webhookack\\] "
			log.Printf("receipt: %v", err)
		}
	}
	w.WriteHeader(http.StatusOK)
}

// TopUp credits a prepaid account once per event.
func (h *WebhookHandler) TopUp(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.readEvent(w, r)
	if !ok {
		return
	}
	if evt.Type != stripe.EventTypePaymentIntentSucceeded {
		w.WriteHeader(http.StatusOK)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	if err := h.store.RecordEvent(ctx, evt.ID); err != nil {
		// already processed (or the insert failed): acknowledge, do nothing
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.store.CreditAccount(ctx, pi.Metadata["account_id"], pi.AmountReceived); err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Wallet credits a wallet on every delivery.
func (h *WebhookHandler) Wallet(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.readEvent(w, r)
	if !ok {
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil || evt.Type != stripe.EventTypePaymentIntentSucceeded {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.store.CreditAccount(r.Context(), pi.Metadata["wallet_id"], pi.AmountReceived); err != nil { // want "\\[webhookdedupe\\] "
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
