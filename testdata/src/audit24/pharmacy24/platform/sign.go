package platform

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

// HMACBody rejects requests whose hex HMAC-SHA256 of the body, sent in
// header, does not match secret. The body is put back for the handler.
func HMACBody(header, secret string) gin.HandlerFunc {
	if secret == "" {
		panic("platform: HMACBody needs a secret")
	}
	return func(c *gin.Context) {
		body, err := c.GetRawData()
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		mac := hmac.New(sha256.New, []byte(secret))
		mac.Write(body)
		want := hex.EncodeToString(mac.Sum(nil))
		if !hmac.Equal([]byte(want), []byte(c.GetHeader(header))) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Request.Body = io.NopCloser(bytes.NewReader(body))
		c.Set("raw_body", body)
		c.Next()
	}
}
