// Package hooks takes a bakery's Stripe events (gin). The receipt is
// handed to a port whose name says it queues work; which implementation
// main binds decides whether the answer waits on it.
package hooks

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/webhook"
)

// JobQueue hands work to the bakery's background workers.
type JobQueue interface {
	SendReceipt(ctx context.Context, orderID string) error
}

type Stripe struct {
	secret string
	db     *sql.DB
	jobs   JobQueue
}

func New(secret string, db *sql.DB, jobs JobQueue) *Stripe {
	return &Stripe{secret: secret, db: db, jobs: jobs}
}

// Event serves POST /webhooks/stripe.
func (s *Stripe) Event(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), s.secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if ev.Type != "payment_intent.succeeded" {
		c.Status(http.StatusOK)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	orderID := pi.Metadata["order_id"]
	res, err := s.db.ExecContext(c, "UPDATE cake_orders SET status = 'paid' WHERE id = $1 AND status = 'pending'", orderID)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 1 {
		_ = s.jobs.SendReceipt(c, orderID)
	}
	c.Status(http.StatusOK)
}

func Mount(r *gin.Engine, s *Stripe) { r.POST("/webhooks/stripe", s.Event) }
