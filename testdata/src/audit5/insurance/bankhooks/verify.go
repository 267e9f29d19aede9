// Package bankhooks receives Northbank's payout notifications: the claim
// payment reached the claimant, or bounced back.
package bankhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

var errSignature = errors.New("bankhooks: bad signature")

// readSigned returns the raw body once its X-Northbank-Signature matches.
func readSigned(c *gin.Context, secret []byte) ([]byte, error) {
	body, err := c.GetRawData()
	if err != nil {
		return nil, err
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(c.GetHeader("X-Northbank-Signature"))) {
		return nil, errSignature
	}
	return body, nil
}

func reject(c *gin.Context, err error) {
	if errors.Is(err, errSignature) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.AbortWithStatus(http.StatusBadRequest)
}
