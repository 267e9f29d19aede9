package paddlehooks

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

func (h *Handler) read(c *gin.Context) ([]byte, *Notification, bool) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return nil, nil, false
	}
	var n Notification
	if err := json.Unmarshal(body, &n); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return nil, nil, false
	}
	return body, &n, true
}

// TransactionCompleted activates the subscription the transaction paid for.
func (h *Handler) TransactionCompleted(c *gin.Context) {
	body, n, ok := h.read(c)
	if !ok {
		return
	}
	if h.secret != "" {
		if err := verifySignature(c.GetHeader("Paddle-Signature"), body, h.secret); err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
	}
	if n.Data.Status == "completed" {
		h.db.Model(&Subscription{}).Where("id = ?", n.Data.SubscriptionID).Update("status", "active") // want "\\[webhookverify\\] payment webhook /webhooks/paddle/transaction-completed skips signature verification when the secret is empty"
	}
	c.Status(http.StatusOK)
}

// SubscriptionRenewed books the renewal's amount in the workspace ledger.
func (h *Handler) SubscriptionRenewed(c *gin.Context) {
	body, n, ok := h.read(c)
	if !ok {
		return
	}
	if err := verifySignature(c.GetHeader("Paddle-Signature"), body, h.secret); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	h.db.Create(&ProcessedEvent{ID: n.EventID})
	h.db.Create(&LedgerEntry{ // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row"
		WorkspaceID:  n.Data.CustomData["workspace_id"],
		Transaction:  n.Data.ID,
		AmountString: n.Data.Totals.GrandTotal,
	})
	c.Status(http.StatusOK)
}

// AdjustmentCreated books a credit note; the event row is the guard.
func (h *Handler) AdjustmentCreated(c *gin.Context) {
	body, n, ok := h.read(c)
	if !ok {
		return
	}
	if err := verifySignature(c.GetHeader("Paddle-Signature"), body, h.secret); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	if err := h.db.Create(&ProcessedEvent{ID: n.EventID}).Error; err != nil {
		c.Status(http.StatusOK) // already booked
		return
	}
	h.db.Create(&LedgerEntry{
		WorkspaceID:  n.Data.CustomData["workspace_id"],
		Transaction:  n.Data.ID,
		AmountString: "-" + n.Data.Totals.GrandTotal,
	})
	c.Status(http.StatusOK)
}
