// Package tickets receives PayPal's capture notifications for a theatre's
// tickets (gin); the check is an interface main binds.
package tickets

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

// SignatureChecker checks that a notification came from PayPal.
type SignatureChecker interface {
	Verify(ctx context.Context, r *http.Request) error
}

// PayPalHooks holds the handlers' dependencies.
type PayPalHooks struct {
	checker SignatureChecker
	db      *sql.DB
}

// NewPayPalHooks builds the hooks.
func NewPayPalHooks(c SignatureChecker, db *sql.DB) *PayPalHooks {
	return &PayPalHooks{checker: c, db: db}
}

type capture struct {
	EventType string `json:"event_type"`
	Resource  struct {
		ID string `json:"id"`
	} `json:"resource"`
}

// Captured marks the ticket order paid.
func (h *PayPalHooks) Captured(c *gin.Context) {
	if err := h.checker.Verify(c.Request.Context(), c.Request); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var ev capture
	if err := json.NewDecoder(c.Request.Body).Decode(&ev); err != nil || ev.EventType != "PAYMENT.CAPTURE.COMPLETED" {
		c.Status(http.StatusOK)
		return
	}
	if _, err := h.db.ExecContext(c.Request.Context(), `UPDATE ticket_orders SET status = 'paid' WHERE capture_id = $1`, ev.Resource.ID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
