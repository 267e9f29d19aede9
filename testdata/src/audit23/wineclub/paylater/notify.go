package paylater

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"

	"audit23/wineclub/domain"
)

// OrderStatusWriter is the part of the order store notifications need.
type OrderStatusWriter interface {
	SetStatus(ctx context.Context, id string, st domain.OrderStatus) error
}

// Notifications receives the provider's push notifications about
// pending fraud decisions.
type Notifications struct {
	Orders OrderStatusWriter
}

type notification struct {
	OrderID           string `json:"order_id"`
	EventType         string `json:"event_type"`
	MerchantReference string `json:"merchant_reference1"`
}

// Handle takes a notification and updates the order.
func (n *Notifications) Handle(c *gin.Context) {
	var ev notification
	if err := json.NewDecoder(c.Request.Body).Decode(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ctx := c.Request.Context()
	switch ev.EventType {
	case "FRAUD_RISK_ACCEPTED":
		if err := n.Orders.SetStatus(ctx, ev.MerchantReference, domain.OrderPaid); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	case "FRAUD_RISK_REJECTED", "FRAUD_RISK_STOPPED":
		if err := n.Orders.SetStatus(ctx, ev.MerchantReference, domain.OrderCancelled); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}
