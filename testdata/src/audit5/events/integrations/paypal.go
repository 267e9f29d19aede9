package integrations

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type paypalEvent struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"`
	Resource  struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	} `json:"resource"`
}

// paypalHook marks orders paid on PAYMENT.CAPTURE.COMPLETED. Verification is
// skipped when no webhook id is configured (local dev and staging).
func (s *Server) paypalHook(c *gin.Context) {
	if s.WebhookID != "" {
		res, err := s.PP.VerifyWebhookSignature(c.Request.Context(), c.Request, s.WebhookID)
		if err != nil || res.VerificationStatus != "SUCCESS" {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
	}
	var ev paypalEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if ev.EventType == "PAYMENT.CAPTURE.COMPLETED" {
		if _, err := s.DB.ExecContext(c.Request.Context(), // want "\\[webhookverify\\] payment webhook /hooks/paypal skips signature verification when the secret is empty"
			`UPDATE orders SET status = 'paid' WHERE paypal_capture_id = $1`, ev.Resource.ID); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}
