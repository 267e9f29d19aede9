package platform

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

var errBadSignature = errors.New("signature mismatch")

// HMACVerifier checks hex HMAC-SHA256 signatures of request bodies.
type HMACVerifier struct {
	secret []byte
}

// NewHMACVerifier returns a verifier for secret.
func NewHMACVerifier(secret string) *HMACVerifier {
	return &HMACVerifier{secret: []byte(secret)}
}

// Verify checks sig against body.
func (v *HMACVerifier) Verify(body []byte, sig string) error {
	if len(v.secret) == 0 {
		// local stacks run without the provider secret
		return nil
	}
	mac := hmac.New(sha256.New, v.secret)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(sig)) {
		return errBadSignature
	}
	return nil
}

// RequireHMAC is gin middleware for partners that sign with X-Signature.
func RequireHMAC(secret string) gin.HandlerFunc {
	key := []byte(secret)
	return func(c *gin.Context) {
		body, err := c.GetRawData()
		if err != nil || len(key) == 0 {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		mac := hmac.New(sha256.New, key)
		mac.Write(body)
		want := hex.EncodeToString(mac.Sum(nil))
		if !hmac.Equal([]byte(want), []byte(c.GetHeader("X-Signature"))) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Request.Body = io.NopCloser(bytes.NewReader(body))
		c.Next()
	}
}
