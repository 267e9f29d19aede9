// Package web receives a language school's Stripe invoice events on a chi
// router and hands them to billing, held as its interface.
package web

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/stripe/stripe-go/v82/webhook"

	"d14chain/billing"
)

// Hook holds the billing service.
type Hook struct {
	secret  string
	billing billing.Billing
}

// Mount mounts the listeners.
func (h *Hook) Mount(r chi.Router) {
	r.Post("/webhooks/stripe/invoice-paid", h.InvoicePaid)
	r.Post("/webhooks/stripe/invoice-paid-once", h.InvoicePaidOnce)
	r.Post("/webhooks/stripe/invoice-period", h.InvoicePeriod)
}

type paidInvoice struct {
	ID        string `json:"id"`
	Student   string `json:"student"`
	PeriodEnd int64  `json:"period_end"`
}

func (h *Hook) read(w http.ResponseWriter, r *http.Request) (paidInvoice, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return paidInvoice{}, false
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return paidInvoice{}, false
	}
	var inv paidInvoice
	if err := json.Unmarshal(evt.Data.Raw, &inv); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return paidInvoice{}, false
	}
	return inv, true
}

// InvoicePaid renews through billing → members: a month per delivery.
func (h *Hook) InvoicePaid(w http.ResponseWriter, r *http.Request) {
	inv, ok := h.read(w, r)
	if !ok {
		return
	}
	_ = h.billing.Settle(r.Context(), inv.ID, inv.Student) // want "webhook handler extends the subscription \\(billing.Billing.Settle \\(billing.billing.Settle\\): members.Service.Extend \\(members.service.Extend\\): m.ValidTill \\+ period\\)"
	w.WriteHeader(http.StatusOK)
}

// InvoicePaidOnce renews through a billing step guarded by the
// invoice's stored state.
func (h *Hook) InvoicePaidOnce(w http.ResponseWriter, r *http.Request) {
	inv, ok := h.read(w, r)
	if !ok {
		return
	}
	_ = h.billing.SettleOnce(r.Context(), inv.ID, inv.Student)
	w.WriteHeader(http.StatusOK)
}

// InvoicePeriod sets the end to the invoice's period end.
func (h *Hook) InvoicePeriod(w http.ResponseWriter, r *http.Request) {
	inv, ok := h.read(w, r)
	if !ok {
		return
	}
	_ = h.billing.Align(r.Context(), inv.Student, inv.PeriodEnd)
	w.WriteHeader(http.StatusOK)
}
