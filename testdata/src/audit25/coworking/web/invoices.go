package web

import (
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/go-chi/chi/v5"
	stripe "github.com/stripe/stripe-go/v82"

	"audit25/coworking/invoicing"
	"audit25/coworking/store"
)

// Invoices serves the company portal: paying an invoice by card on our
// own page (Stripe Elements) and buying meeting-room packs.
type Invoices struct {
	stripe  *invoicing.Invoicer
	billing *store.Billing
	passes  *store.DayPasses
	log     *slog.Logger
}

func NewInvoices(s *invoicing.Invoicer, billing *store.Billing, passes *store.DayPasses, log *slog.Logger) *Invoices {
	return &Invoices{stripe: s, billing: billing, passes: passes, log: log}
}

func (h *Invoices) Mount(r chi.Router) {
	r.Get("/invoices/{id}/paid", h.invoicePaid)
	r.Get("/packs/{id}/complete", h.packComplete)
}

// invoicePaid is the return_url of the invoice card payment:
// /invoices/{id}/paid?payment_intent=pi_...&redirect_status=succeeded
func (h *Invoices) invoicePaid(w http.ResponseWriter, r *http.Request) {
	piID := r.URL.Query().Get("payment_intent")
	pi, err := h.stripe.Intent(piID)
	if err != nil {
		http.Error(w, "unknown payment", http.StatusNotFound)
		return
	}
	if pi.Metadata["stripe_invoice_id"] == "" {
		http.Error(w, "not an invoice payment", http.StatusBadRequest)
		return
	}
	if err := h.billing.MarkInvoicePaid(r.Context(), pi.Metadata["stripe_invoice_id"]); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment"
		http.Error(w, "could not update invoice", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/portal/invoices/"+chi.URLParam(r, "id")+"?paid=1", http.StatusSeeOther)
}

// packComplete is the return_url of a room-pack purchase.
func (h *Invoices) packComplete(w http.ResponseWriter, r *http.Request) {
	packID := chi.URLParam(r, "id")
	pi, err := h.stripe.Intent(r.URL.Query().Get("payment_intent"))
	if err != nil || pi.Metadata["pack_id"] != packID {
		http.Error(w, "unknown payment", http.StatusNotFound)
		return
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		_ = json.NewEncoder(w).Encode(map[string]string{"state": string(pi.Status)})
		return
	}
	if err := h.passes.CreditPack(r.Context(), packID); err != nil { // audit: lookalike redirectfulfill: the intent is read from Stripe and the handler returned above unless it succeeded
		http.Error(w, "could not credit pack", http.StatusInternalServerError)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"state": "succeeded"})
}
