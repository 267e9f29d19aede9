// Package delivery: payment webhooks that hand the event to use cases
// through interfaces whose implementations it cannot see; a use case
// named as a payment state and handed the event acts on the payment when
// the webhook is a payment provider's by other signs.
package delivery

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"ifacehooks/domain"
)

type Handler struct {
	uc     domain.PaymentUsecase
	mail   domain.Mailer
	ledger domain.Ledger
	secret []byte
}

func New(uc domain.PaymentUsecase, m domain.Mailer, l domain.Ledger) *Handler {
	return &Handler{uc: uc, mail: m, ledger: l}
}

func (h *Handler) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe", h.Stripe)
	mux.HandleFunc("POST /webhooks/stripe-id", h.StripeID)
	mux.HandleFunc("POST /webhooks/stripe-signed", h.StripeSigned)
	mux.HandleFunc("POST /webhooks/stripe-receipt", h.StripeReceipt)
	mux.HandleFunc("POST /webhooks/stripe-audit", h.StripeAudit)
	mux.HandleFunc("POST /webhooks/stripe-check", h.StripeCheck)
	mux.HandleFunc("POST /webhooks/stripe-query", h.StripeQuery)
	mux.HandleFunc("POST /webhooks/crm", h.CRM)
	mux.HandleFunc("POST /webhooks/ledger", h.Ledger)
}

func decode(r *http.Request) (domain.Event, error) {
	var evt domain.Event
	err := json.NewDecoder(r.Body).Decode(&evt)
	return evt, err
}

// Stripe hands the payment id to the use case with no signature check.
func (h *Handler) Stripe(w http.ResponseWriter, r *http.Request) {
	evt, err := decode(r)
	if err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	if evt.Type == "payment_intent.succeeded" {
		h.uc.HandlePaymentSucceeded(r.Context(), evt.Data.Object.ID) // want `payment webhook /webhooks/stripe acts on the payment \(domain.PaymentUsecase.HandlePaymentSucceeded\) without verifying`
	}
	w.WriteHeader(http.StatusOK)
}

// StripeID copies the id to a local first.
func (h *Handler) StripeID(w http.ResponseWriter, r *http.Request) {
	evt, err := decode(r)
	if err != nil {
		return
	}
	id := evt.Data.Object.ID
	h.uc.HandlePaymentSucceeded(r.Context(), id) // want `payment webhook /webhooks/stripe-id acts on the payment`
}

// ---- silent ---------------------------------------------------------------------

// StripeSigned checks an HMAC of the raw body first.
func (h *Handler) StripeSigned(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, h.secret)
	mac.Write(body)
	want, _ := hex.DecodeString(r.Header.Get("Stripe-Signature"))
	if !hmac.Equal(mac.Sum(nil), want) {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	var evt domain.Event
	if err := json.Unmarshal(body, &evt); err != nil {
		return
	}
	h.uc.HandlePaymentSucceeded(r.Context(), evt.Data.Object.ID)
}

// StripeReceipt: an interface method that sends an e-mail.
func (h *Handler) StripeReceipt(w http.ResponseWriter, r *http.Request) {
	evt, err := decode(r)
	if err != nil {
		return
	}
	h.mail.SendPaymentReceipt(r.Context(), evt.Data.Object.Customer)
}

// StripeAudit: a method whose name says no payment state, handed the event.
func (h *Handler) StripeAudit(w http.ResponseWriter, r *http.Request) {
	evt, err := decode(r)
	if err != nil {
		return
	}
	h.uc.Record(r.Context(), evt)
}

// StripeCheck: a query of the payment state, not an effect.
func (h *Handler) StripeCheck(w http.ResponseWriter, r *http.Request) {
	evt, err := decode(r)
	if err != nil {
		return
	}
	if paid, _ := h.uc.IsPaid(r.Context(), evt.Data.Object.ID); paid {
		w.WriteHeader(http.StatusOK)
	}
}

// StripeQuery: the use case is handed a query parameter, not the event.
func (h *Handler) StripeQuery(w http.ResponseWriter, r *http.Request) {
	h.uc.HandlePaymentSucceeded(context.Background(), r.URL.Query().Get("id"))
}

// CRM: nothing else says this webhook is a payment provider's; the name
// alone does not make it one.
func (h *Handler) CRM(w http.ResponseWriter, r *http.Request) {
	evt, err := decode(r)
	if err != nil {
		return
	}
	h.uc.HandlePaymentSucceeded(r.Context(), evt.Data.Object.ID)
}

// Ledger: an unseen implementation with no sign in its name.
func (h *Handler) Ledger(w http.ResponseWriter, r *http.Request) {
	evt, err := decode(r)
	if err != nil {
		return
	}
	h.ledger.Apply(r.Context(), evt.Data.Object.ID)
}
