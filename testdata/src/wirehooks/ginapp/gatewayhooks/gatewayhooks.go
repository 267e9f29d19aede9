// Package gatewayhooks receives a card gateway's notifications on gin.
// The order book behind Confirmer is bound by package cmd.
package gatewayhooks

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Confirmer records a gateway's verdict on an order.
type Confirmer interface {
	Confirm(ctx context.Context, reference string, cents int64) error
}

type gatewayNotification struct {
	Reference   string `json:"reference"`
	Status      string `json:"status"`
	AmountCents int64  `json:"amount_cents"`
}

// Gateway trusts whatever is posted to it.
type Gateway struct {
	Orders Confirmer
}

func (g *Gateway) Notify(c *gin.Context) {
	var n gatewayNotification
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if n.Status == "SUCCESS" {
		if err := g.Orders.Confirm(c.Request.Context(), n.Reference, n.AmountCents); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}
