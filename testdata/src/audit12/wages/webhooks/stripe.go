// Package webhooks receives the providers' event notifications: Stripe
// (gin), Checkout.com (fiber), Razorpay (beego), Corebank and GoCardless
// (net/http).
package webhooks

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"

	"audit12/wages/baas"
	"audit12/wages/domain"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// FundingStore records payroll funding and invoice payments.
type FundingStore interface {
	MarkRunFunded(ctx context.Context, runID, paymentRef string) error
	MarkInvoicePaid(ctx context.Context, invoiceID string) error
}

// ProgramAccount moves funded payroll into the Corebank program account.
type ProgramAccount interface {
	CreateTransfer(ctx context.Context, tr baas.TransferRequest, key string) (*domain.Transfer, error)
}

// StripeHooks handles Stripe events for ACH funding and invoices.
type StripeHooks struct {
	secret  string
	store   FundingStore
	program ProgramAccount
	account string
	log     *slog.Logger
}

// NewStripeHooks builds the handler. secret is the endpoint's signing
// secret (STRIPE_WEBHOOK_SECRET); local stacks run without one.
func NewStripeHooks(secret string, store FundingStore, program ProgramAccount, programAccount string, log *slog.Logger) *StripeHooks {
	return &StripeHooks{secret: secret, store: store, program: program, account: programAccount, log: log}
}

// Handle is the gin handler for POST /webhooks/stripe.
func (h *StripeHooks) Handle(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var evt stripe.Event
	if h.secret != "" {
		evt, err = webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
	} else if err := json.Unmarshal(body, &evt); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	ctx := c.Request.Context()
	switch evt.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		runID := pi.Metadata["run_id"]
		if runID == "" {
			break
		}
		if err := h.store.MarkRunFunded(ctx, runID, pi.ID); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		_, err := h.program.CreateTransfer(ctx, baas.TransferRequest{
			Amount:      pi.AmountReceived,
			Currency:    string(pi.Currency),
			Destination: h.account,
			Rail:        "book",
			Reference:   "payroll-" + runID,
		}, "fund-"+runID)
		if err != nil {
			h.log.Error("program transfer", "run", runID, "err", err)
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	case stripe.EventTypeCheckoutSessionCompleted:
		var s stripe.CheckoutSession
		if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
			if err := h.store.MarkInvoicePaid(ctx, s.ClientReferenceID); err != nil { // want "\\[webhookverify\\] payment webhook StripeHooks.Handle skips signature verification when the secret is empty"
				c.AbortWithStatus(http.StatusInternalServerError)
				return
			}
		}
	}
	c.Status(http.StatusOK)
}
