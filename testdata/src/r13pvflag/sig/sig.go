// Package sig checks the payouts provider's HMAC on gin routes.
package sig

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Require aborts with 401 unless X-Payouts-Signature is the HMAC of the body.
func Require(secret []byte) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, _ := c.GetRawData()
		mac := hmac.New(sha256.New, secret)
		mac.Write(body)
		want, _ := hex.DecodeString(c.GetHeader("X-Payouts-Signature"))
		if !hmac.Equal(mac.Sum(nil), want) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Request.Body = io.NopCloser(bytes.NewReader(body))
		c.Next()
	}
}
