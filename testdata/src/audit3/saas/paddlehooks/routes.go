// Package paddlehooks receives Paddle Billing notifications for the
// self-serve plans sold through the Paddle overlay.
package paddlehooks

import (
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Handler struct {
	db     *gorm.DB
	secret string // PADDLE_WEBHOOK_SECRET; empty on local dev machines
}

func NewHandler(db *gorm.DB, secret string) *Handler {
	return &Handler{db: db, secret: secret}
}

func (h *Handler) Routes(r *gin.Engine) {
	g := r.Group("/webhooks/paddle")
	g.POST("/transaction-completed", h.TransactionCompleted)
	g.POST("/subscription-renewed", h.SubscriptionRenewed)
	g.POST("/adjustment", h.AdjustmentCreated)
}

// Notification is Paddle's envelope.
type Notification struct {
	EventID    string `json:"event_id"`
	EventType  string `json:"event_type"`
	OccurredAt string `json:"occurred_at"`
	Data       struct {
		ID             string            `json:"id"`
		Status         string            `json:"status"`
		SubscriptionID string            `json:"subscription_id"`
		CustomData     map[string]string `json:"custom_data"`
		Totals         struct {
			GrandTotal string `json:"grand_total"`
		} `json:"totals"`
	} `json:"data"`
}

type Subscription struct {
	ID          string `gorm:"primaryKey"`
	WorkspaceID string
	Status      string
}

type LedgerEntry struct {
	ID           uint `gorm:"primaryKey"`
	WorkspaceID  string
	Transaction  string
	AmountString string
}

type ProcessedEvent struct {
	ID string `gorm:"primaryKey"`
}
