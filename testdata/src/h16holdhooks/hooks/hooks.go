// Package hooks receives Stripe's deposit events on gin: a hold
// (amount_capturable_updated) is recorded, never a payment.
package hooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"h16holdhooks/pg"
)

// Holds records deposit holds; bound in main.
type Holds interface {
	SetDepositStatus(ctx context.Context, id, st string) error
}

// Hooks holds the webhooks.
type Hooks struct {
	deposits *pg.Deposits
	holds    Holds
	secret   string
}

// New returns the hooks.
func New(d *pg.Deposits, h Holds, secret string) *Hooks {
	return &Hooks{deposits: d, holds: h, secret: secret}
}

// Register mounts the hooks.
func (h *Hooks) Register(r *gin.Engine) {
	r.POST("/webhooks/stripe/unsigned", h.Unsigned)
	r.POST("/webhooks/stripe", h.Signed)
}

// Unsigned records a hold from an unverified body: a forged event only
// marks a deposit authorised, never paid. Silent for webhookverify.
func (h *Hooks) Unsigned(c *gin.Context) {
	var ev stripe.Event
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Type == "payment_intent.amount_capturable_updated" {
		_ = h.deposits.SetDepositStatus(c.Request.Context(), ev.ID, "requires_capture")
		_ = h.holds.SetDepositStatus(c.Request.Context(), ev.ID, "authorized")
	}
	c.Status(http.StatusOK)
}

// Signed records the hold on every delivery, with no dedupe: writing
// the same hold twice grants nothing. Silent for webhookdedupe.
func (h *Hooks) Signed(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Type == "payment_intent.amount_capturable_updated" {
		_ = h.deposits.SetDepositStatus(c.Request.Context(), pi.Metadata["rental_id"], "authorised")
		_ = h.holds.SetDepositStatus(c.Request.Context(), pi.Metadata["rental_id"], "requires_capture")
	}
	c.Status(http.StatusOK)
}
