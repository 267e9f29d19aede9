// Package psphooks receives a card gateway's settlement notices on gin.
// The billing service behind Applier is bound by package main.
package psphooks

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Applier applies a settlement a gateway reports.
type Applier interface {
	Apply(ctx context.Context, reference string, cents int64) error
}

type settlementEvent struct {
	Reference   string `json:"reference"`
	Status      string `json:"status"`
	AmountCents int64  `json:"amount_cents"`
}

// Gateway trusts whatever is posted to it.
type Gateway struct {
	Invoices Applier
}

func (g *Gateway) Notify(c *gin.Context) {
	var n settlementEvent
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if n.Status == "PAID" {
		if err := g.Invoices.Apply(c.Request.Context(), n.Reference, n.AmountCents); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}
