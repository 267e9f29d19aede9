// Package orderhooks receives a shop's Stripe events on gin: the route's
// middleware checks Stripe-Signature and hands the verified event to the
// handler in gin's request store.
package orderhooks

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

const verifiedEventKey = "stripe.verified_event"

// VerifyStripe rejects a request whose Stripe-Signature does not verify
// and stores the event for the handler.
func VerifyStripe(secret string) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, err := c.GetRawData()
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), secret)
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		c.Set(verifiedEventKey, ev)
		c.Next()
	}
}

// OrderHooks settles shop orders.
type OrderHooks struct{ DB *sql.DB }

// CheckoutCompleted marks the order of a completed Checkout Session paid;
// the event is the one VerifyStripe verified.
func (h *OrderHooks) CheckoutCompleted(c *gin.Context) {
	ev := c.MustGet(verifiedEventKey).(stripe.Event)
	if ev.Type != stripe.EventTypeCheckoutSessionCompleted {
		c.Status(http.StatusOK)
		return
	}
	var s stripe.CheckoutSession
	if err := json.Unmarshal(ev.Data.Raw, &s); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if _, err := h.DB.ExecContext(c.Request.Context(), `UPDATE orders SET status = 'paid' WHERE checkout_session = $1`, s.ID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
