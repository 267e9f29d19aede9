// Package httpapi holds the HTTP handlers: provider webhooks and the
// hosted-payment pages shippers come back to. Routes are registered in
// cmd/freightd.
package httpapi

import (
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit11/freight/domain"
)

// StripeHooks receives Stripe events for card and ACH payments.
type StripeHooks struct {
	invoices  domain.InvoiceStore
	ledger    domain.LedgerWriter
	secret    string
	achSecret string
	log       *slog.Logger
}

// NewStripeHooks returns the Stripe webhook handlers.
func NewStripeHooks(inv domain.InvoiceStore, ledger domain.LedgerWriter, secret, achSecret string, log *slog.Logger) *StripeHooks {
	return &StripeHooks{invoices: inv, ledger: ledger, secret: secret, achSecret: achSecret, log: log}
}

// Payment handles the account's card and Checkout events.
func (h *StripeHooks) Payment(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "invalid signature"})
		return
	}
	ctx := c.Request.Context()
	switch ev.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		invoiceID := pi.Metadata["invoice_id"]
		if invoiceID == "" {
			c.Status(http.StatusOK)
			return
		}
		if err := h.invoices.MarkPaid(ctx, invoiceID, pi.ID); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		err := h.ledger.RecordReceipt(ctx, domain.PaymentEvent{ // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(domain.LedgerWriter.RecordReceipt \\(store.Ledger.RecordReceipt\\)"
			Provider:   "stripe",
			EventID:    ev.ID,
			InvoiceID:  invoiceID,
			PaymentRef: pi.ID,
			Status:     string(pi.Status),
			AmountCent: pi.AmountReceived,
		})
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	case stripe.EventTypeCheckoutSessionCompleted:
		var s stripe.CheckoutSession
		if err := json.Unmarshal(ev.Data.Raw, &s); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid && s.PaymentIntent != nil {
			if err := h.invoices.MarkPaid(ctx, s.ClientReferenceID, s.PaymentIntent.ID); err != nil {
				c.AbortWithStatus(http.StatusInternalServerError)
				return
			}
		}
	}
	c.Status(http.StatusOK)
}

// ACHEvents handles the ACH debit events, sent to their own endpoint with
// their own signing secret.
func (h *StripeHooks) ACHEvents(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var ev stripe.Event
	if err := json.Unmarshal(body, &ev); err != nil || ev.Data == nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := webhook.ValidatePayload(body, c.GetHeader("Stripe-Signature"), h.achSecret); err != nil {
		h.log.Warn("ach webhook: bad signature", "event", ev.ID, "err", err)
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid signature"})
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	ctx := c.Request.Context()
	invoiceID := pi.Metadata["invoice_id"]
	switch ev.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		if err := h.invoices.MarkPaid(ctx, invoiceID, pi.ID); err != nil { // want "\\[webhookverify\\] payment webhook StripeHooks.ACHEvents verifies the signature but carries on when it fails"
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	case stripe.EventTypePaymentIntentPaymentFailed:
		if err := h.invoices.SetStatus(ctx, invoiceID, domain.InvoiceFailed); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}
