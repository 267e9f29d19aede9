// Package laterhooks receives the pay-later provider's fraud-decision
// notifications on gin; the order store is bound, and the route mounted,
// in package cartapp.
package laterhooks

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"

	"bunstatushooks/orderstate"
)

// StatusWriter stores an order's state.
type StatusWriter interface {
	SetStatus(ctx context.Context, id string, st orderstate.Status) error
}

type notification struct {
	EventType string `json:"event_type"`
	Reference string `json:"merchant_reference1"`
}

// Notifications settles orders on the provider's fraud decision.
type Notifications struct{ Orders StatusWriter }

// Handle sets the order paid when the provider accepts it.
func (n *Notifications) Handle(c *gin.Context) {
	var ev notification
	if err := json.NewDecoder(c.Request.Body).Decode(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.EventType == "FRAUD_RISK_ACCEPTED" {
		if err := n.Orders.SetStatus(c.Request.Context(), ev.Reference, orderstate.Paid); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}
