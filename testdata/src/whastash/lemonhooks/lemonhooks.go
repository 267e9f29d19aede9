// Package lemonhooks receives Lemon Squeezy order notifications on gin.
// The verifying middleware keeps the body it checked under a context key;
// the handler takes it from there.
package lemonhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

const rawKey = "lemon.raw"

// Service handles the notifications.
type Service struct {
	secret []byte
	db     *sql.DB
}

// NewService returns the service.
func NewService(secret []byte, db *sql.DB) *Service { return &Service{secret: secret, db: db} }

// Verify aborts with 401 unless X-Signature is the HMAC of the body.
func (s *Service) Verify() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw, err := c.GetRawData()
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		mac := hmac.New(sha256.New, s.secret)
		mac.Write(raw)
		want, _ := hex.DecodeString(c.GetHeader("X-Signature"))
		if !hmac.Equal(mac.Sum(nil), want) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Set(rawKey, raw)
		c.Next()
	}
}

// KeepBody keeps the body for a replay log: it checks nothing.
func (s *Service) KeepBody() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw, _ := c.GetRawData()
		c.Set("lemon.raw", raw)
		c.Next()
	}
}

type orderEvent struct {
	Meta struct {
		EventName  string `json:"event_name"`
		CustomData struct {
			CartID string `json:"cart_id"`
		} `json:"custom_data"`
	} `json:"meta"`
	Data struct {
		ID         string `json:"id"`
		Attributes struct {
			Status string `json:"status"`
		} `json:"attributes"`
	} `json:"data"`
}

// OrderCreated marks the cart paid when the order is paid.
func (s *Service) OrderCreated(c *gin.Context) {
	raw, ok := c.Get(rawKey)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	var ev orderEvent
	if err := json.Unmarshal(raw.([]byte), &ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Data.Attributes.Status != "paid" {
		c.Status(http.StatusOK)
		return
	}
	if _, err := s.db.ExecContext(c.Request.Context(), `UPDATE carts SET status = 'paid' WHERE id = $1`, ev.Meta.CustomData.CartID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
