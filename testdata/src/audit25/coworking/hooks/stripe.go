package hooks

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/smtp"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit25/coworking/store"
)

type Mail struct {
	Addr string
	Auth smtp.Auth
	From string
}

// StripeInvoices handles invoice events of the billing account.
type StripeInvoices struct {
	secret  string
	billing *store.Billing
	markers *store.Markers
	mail    Mail
	log     *slog.Logger
}

func NewStripeInvoices(secret string, billing *store.Billing, markers *store.Markers, mail Mail, log *slog.Logger) *StripeInvoices {
	return &StripeInvoices{secret: secret, billing: billing, markers: markers, mail: mail, log: log}
}

func (h *StripeInvoices) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, 65536))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), h.secret) // audit: lookalike webhookverify: the Stripe-Signature is verified and a bad one answers 400
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if event.Type != "invoice.paid" {
		w.WriteHeader(http.StatusOK)
		return
	}
	var inv stripe.Invoice
	if err := json.Unmarshal(event.Data.Raw, &inv); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.billing.MarkInvoicePaid(r.Context(), inv.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	first, err := h.markers.First(r.Context(), "invoice-paid-mail:"+event.ID) // audit: lookalike webhookdedupe: redis SETNX on the event id; a redelivery does not mail the company again
	if err == nil && first {
		msg := fmt.Sprintf("Subject: Payment received for %s\r\n\r\nThank you, we received %d.\r\n", inv.Metadata["number"], inv.AmountPaid)
		if err := smtp.SendMail(h.mail.Addr, h.mail.Auth, h.mail.From, []string{inv.Metadata["billing_email"]}, []byte(msg)); err != nil { // want "\\[webhookack\\] webhook handler sends a message \\(smtp\\.SendMail\\) before answering; a slow"
			h.log.Warn("receipt mail", "invoice", inv.ID, "err", err)
		}
	}
	w.WriteHeader(http.StatusOK)
}
