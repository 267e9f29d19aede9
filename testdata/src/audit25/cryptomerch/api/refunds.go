package api

import (
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"audit25/cryptomerch/cards"
	"audit25/cryptomerch/store"
)

// refundHooks receives Stripe's refund events (a separate endpoint with its
// own signing secret, set up by finance).
type refundHooks struct {
	orders *store.Orders
	secret string
}

func (h *refundHooks) handle(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ev, err := cards.ParseEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		slog.Warn("stripe refunds: bad signature", "err", err)
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid signature"})
	}
	if ev.Type != "charge.refunded" {
		c.Status(http.StatusOK)
		return
	}
	obj, err := cards.ObjectOf(ev)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if id := obj.Metadata["order_id"]; id != "" {
		if err := h.orders.MarkRefunded(c, id); err != nil { // want "\\[webhookverify\\] payment webhook /webhooks/stripe-refunds verifies the signature but carries on when it fails .* before refunded payment state stored by store\\.Orders\\.MarkRefunded"
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}
