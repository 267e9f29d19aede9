package paypalgin

import (
	"bytes"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"
)

// VerifyPayPal asks PayPal to verify the transmission before the route runs.
func VerifyPayPal(client *paypal.Client, webhookID string) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, err := c.GetRawData()
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		c.Request.Body = io.NopCloser(bytes.NewReader(body))
		res, err := client.VerifyWebhookSignature(c.Request.Context(), c.Request, webhookID)
		if err != nil || res.VerificationStatus != "SUCCESS" {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Request.Body = io.NopCloser(bytes.NewReader(body))
		c.Set("raw", body)
		c.Next()
	}
}
