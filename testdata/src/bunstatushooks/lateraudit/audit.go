// Package lateraudit logs the pay-later provider's fraud decisions.
package lateraudit

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"

	"bunstatushooks/orderstate"
)

// AuditWriter logs an order's state.
type AuditWriter interface {
	LogStatus(ctx context.Context, id string, st orderstate.Status) error
}

type notification struct {
	EventType string `json:"event_type"`
	Reference string `json:"merchant_reference1"`
}

// Notifications appends the provider's decisions to the audit log.
type Notifications struct{ Orders AuditWriter }

// Handle logs an accepted order as paid.
func (n *Notifications) Handle(c *gin.Context) {
	var ev notification
	if err := json.NewDecoder(c.Request.Body).Decode(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.EventType == "FRAUD_RISK_ACCEPTED" {
		_ = n.Orders.LogStatus(c.Request.Context(), ev.Reference, orderstate.Paid)
	}
	c.Status(http.StatusOK)
}
