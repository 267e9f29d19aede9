package paypalgin

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"
	"gorm.io/gorm"
)

type Subscription struct {
	ID        uint
	UserID    string
	Plan      string
	ExpiresAt time.Time
}

type WebhookEvent struct {
	ID        string `gorm:"primaryKey"`
	EventType string
}

type paypalEvent struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"`
	Resource  struct {
		ID       string `json:"id"`
		CustomID string `json:"custom_id"`
		PlanID   string `json:"plan_id"`
	} `json:"resource"`
}

type Handler struct {
	db        *gorm.DB
	pp        *paypal.Client
	webhookID string
}

// SaleCompleted runs behind VerifyPayPal; it records the event id first.
func (h *Handler) SaleCompleted(c *gin.Context) {
	var evt paypalEvent
	if err := c.ShouldBindJSON(&evt); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	err := h.db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(&WebhookEvent{ID: evt.ID, EventType: evt.EventType}).Error; err != nil {
			return err // duplicate key: seen before
		}
		return tx.Create(&Subscription{UserID: evt.Resource.CustomID, Plan: evt.Resource.PlanID,
			ExpiresAt: time.Now().AddDate(0, 1, 0)}).Error
	})
	if err != nil {
		c.Status(http.StatusOK)
		return
	}
	c.Status(http.StatusOK)
}

// SubscriptionActivated verifies in the handler, but checks only the error.
func (h *Handler) SubscriptionActivated(c *gin.Context) {
	res, err := h.pp.VerifyWebhookSignature(c.Request.Context(), c.Request, h.webhookID)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = res
	raw, _ := c.GetRawData()
	var evt paypalEvent
	if err := json.Unmarshal(raw, &evt); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if evt.EventType == "BILLING.SUBSCRIPTION.ACTIVATED" {
		h.db.Create(&Subscription{UserID: evt.Resource.CustomID, Plan: evt.Resource.PlanID, // want "\\[webhookverify\\] " "\\[webhookdedupe\\] "
			ExpiresAt: time.Now().AddDate(0, 1, 0)})
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}
