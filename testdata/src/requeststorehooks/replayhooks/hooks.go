// Package replayhooks stores the event in gin's request store in two
// middlewares: one after checking Stripe-Signature, one (a replay tool)
// with no check at all. The key is written where nothing was verified,
// so the handler reading it is judged, and reported, here.
package replayhooks

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

const eventKey = "event"

// VerifyStripe checks Stripe-Signature and stores the event.
func VerifyStripe(secret string) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, _ := c.GetRawData()
		ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), secret)
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		c.Set(eventKey, ev)
		c.Next()
	}
}

// Replay stores the posted event as it is, for re-running a delivery.
func Replay() gin.HandlerFunc {
	return func(c *gin.Context) {
		var ev stripe.Event
		if err := c.ShouldBindJSON(&ev); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		c.Set(eventKey, ev)
		c.Next()
	}
}

// PaymentWebhooks settles invoices.
type PaymentWebhooks struct{ DB *sql.DB }

// InvoicePaid marks the invoice paid from the stored event.
func (h *PaymentWebhooks) InvoicePaid(c *gin.Context) {
	ev := c.MustGet(eventKey).(stripe.Event)
	var inv struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(ev.Data.Raw, &inv); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if _, err := h.DB.ExecContext(c.Request.Context(), `UPDATE invoices SET status = 'paid' WHERE stripe_id = $1`, inv.ID); err != nil { // want `payment webhook PaymentWebhooks.InvoicePaid acts on the payment \(paid state stored by sql.DB.ExecContext\) without verifying the provider.s signature`
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
