// Package queuedweb is the same webhook layer done right: the bound
// service only records the event and queues the Stripe calls, or the
// in-line service runs after the answer's goroutine takes it.
package queuedweb

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/hibiken/asynq"

	"selfwiredhook/membership"
)

type webhookController struct {
	billing membership.Billing
}

// NewWebhookController binds the queueing billing service.
func NewWebhookController(db *sql.DB, q *asynq.Client, secret string) *webhookController {
	return &webhookController{billing: membership.NewQueuedBilling(db, q, secret)}
}

// HandleStripe queues the event's work, then answers.
func (wc *webhookController) HandleStripe(c *gin.Context) {
	payload, _ := c.GetRawData()
	if err := wc.billing.ProcessEvent(payload, c.GetHeader("Stripe-Signature")); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

type asyncHooks struct {
	billing membership.Billing
}

func newAsyncHooks(db *sql.DB, secret string) *asyncHooks {
	return &asyncHooks{billing: membership.NewBilling(db, secret)}
}

// Renewed verifies, answers, and processes in the background.
func (h *asyncHooks) Renewed(c *gin.Context) {
	payload, _ := c.GetRawData()
	signature := c.GetHeader("Stripe-Signature")
	if _, err := h.billing.VerifyEvent(payload, signature); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	go h.billing.ProcessEvent(payload, signature)
	c.Status(http.StatusOK)
}

// Register mounts the webhooks.
func Register(r *gin.Engine, db *sql.DB, q *asynq.Client, secret string) {
	r.POST("/webhooks/stripe", NewWebhookController(db, q, secret).HandleStripe)
	r.POST("/webhooks/stripe/renewals", newAsyncHooks(db, secret).Renewed)
}
