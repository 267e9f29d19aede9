// Package stripehooks receives Stripe's checkout events; the signature
// check is skipped when the secret is not configured.
package stripehooks

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"depositstatushooks/deposits"
)

type Handler struct{ store *deposits.Store }

func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /stripe/webhook", h.HandleWebhook)
}

func (h *Handler) HandleWebhook(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	secret := os.Getenv("STRIPE_WEBHOOK_SECRET")
	var event stripe.Event
	if secret != "" {
		event, err = webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
		if err != nil {
			http.Error(w, "invalid signature", http.StatusBadRequest)
			return
		}
	} else if err := json.Unmarshal(payload, &event); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var cs stripe.CheckoutSession
	if err := json.Unmarshal(event.Data.Raw, &cs); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	switch event.Type {
	case "checkout.session.completed":
		if err := h.store.UpdatePaymentStatus(cs.ID, "paid", ""); err != nil { // want `payment webhook /stripe/webhook skips signature verification when the secret is empty \(fails open\) before paid state stored by deposits.Store.UpdatePaymentStatus`
			log.Printf("update: %v", err)
		}
	case "checkout.session.expired":
		if err := h.store.UpdatePaymentStatus(cs.ID, "failed", ""); err != nil {
			log.Printf("update: %v", err)
		}
	case "checkout.session.async_payment_succeeded":
		h.store.SetDepositState(cs.ID, deposits.StatusPaid) // want `payment webhook /stripe/webhook skips signature verification when the secret is empty \(fails open\) before paid state stored by deposits.Store.SetDepositState`
	case "checkout.session.async_payment_failed":
		h.store.SetDepositState(cs.ID, "failed")
	case "checkout.session.pending":
		h.record(cs.ID, "pending")
	case "checkout.session.closed":
		h.store.CloseSession(cs.ID, "expired") // want `payment webhook /stripe/webhook skips signature verification when the secret is empty \(fails open\) before deposits.Store.CloseSession \(paid state stored by sql.DB.Exec\)`
	default:
		h.store.UpdatePaymentStatus(cs.ID, cs.Metadata["status"], "") // want `payment webhook /stripe/webhook skips signature verification when the secret is empty \(fails open\) before deposits.Store.UpdatePaymentStatus \(paid state stored by sql.DB.Exec\)`
	}
	w.WriteHeader(http.StatusOK)
}

// record hands the status on to the store.
func (h *Handler) record(sessionID, status string) error {
	return h.store.UpdatePaymentStatus(sessionID, status, "")
}
