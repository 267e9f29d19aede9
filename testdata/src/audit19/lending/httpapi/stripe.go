package httpapi

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit19/lending/loans"
	"audit19/lending/store"
)

// Texter sends a text message to a borrower.
type Texter interface {
	Send(ctx context.Context, to, text string) error
}

// StripeWebhook handles card repayment events.
type StripeWebhook struct {
	secret string
	loans  *loans.Service
	events *store.Events
	sms    Texter
	log    *slog.Logger
}

// NewStripeWebhook returns the handler.
func NewStripeWebhook(secret string, svc *loans.Service, events *store.Events, sms Texter, log *slog.Logger) *StripeWebhook {
	return &StripeWebhook{secret: secret, loans: svc, events: events, sms: sms, log: log}
}

// Handle is mounted on POST /webhooks/stripe.
func (h *StripeWebhook) Handle(c *gin.Context) {
	body, err := io.ReadAll(io.LimitReader(c.Request.Body, 1<<16))
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	event, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	ctx := c.Request.Context()
	instalmentID, loanID, borrowerID := pi.Metadata["instalment_id"], pi.Metadata["loan_id"], pi.Metadata["borrower_id"]
	switch event.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		if err := h.loans.InstalmentPaid(ctx, instalmentID, loanID, pi.ID); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		if err := h.loans.RewardRepayment(ctx, borrowerID); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(loans.Service.RewardRepayment"
			h.log.Error("credit limit", "borrower", borrowerID, "err", err)
		}
	case stripe.EventTypePaymentIntentPaymentFailed:
		first, err := h.events.Record(ctx, "stripe", event.ID, string(event.Type))
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		if first {
			go h.notifyFailure(context.WithoutCancel(ctx), pi.Metadata["msisdn"])
		}
	}
	c.Status(http.StatusOK)
}

func (h *StripeWebhook) notifyFailure(ctx context.Context, msisdn string) {
	if msisdn == "" {
		return
	}
	if err := h.sms.Send(ctx, msisdn, "Your card repayment did not go through. Please update your card in the app."); err != nil {
		h.log.Warn("sms", "err", err)
	}
}
