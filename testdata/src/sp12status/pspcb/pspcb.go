// Package pspcb receives a card acquirer's order callbacks on gin. The
// order use case behind Completer is bound by package main.
package pspcb

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Completer settles an order the acquirer reports on.
type Completer interface {
	Complete(ctx context.Context, orderRef, status string) error
}

type callback struct {
	Event    string `json:"event"`
	OrderRef string `json:"order_ref"`
	Status   string `json:"status"`
}

// Callbacks trusts whatever is posted to it.
type Callbacks struct {
	Orders Completer
}

func (h *Callbacks) Order(c *gin.Context) {
	var cb callback
	if err := c.ShouldBindJSON(&cb); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if cb.Status != "captured" && cb.Status != "declined" {
		c.Status(http.StatusNoContent)
		return
	}
	if err := h.Orders.Complete(c.Request.Context(), cb.OrderRef, cb.Status); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
