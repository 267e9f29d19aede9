// Package psp receives the card processor's charge notices on gin. Its
// handlers share one decoding helper; they verify nothing themselves.
package psp

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

type chargeEvent struct {
	ID      string `json:"id"`
	Type    string `json:"type"`
	OrderID string `json:"order_id"`
}

// bindEvent decodes the notice the processor posted.
func bindEvent(c *gin.Context) (*chargeEvent, error) {
	var ev chargeEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		return nil, err
	}
	return &ev, nil
}

// lookup reads the order the buyer's page names: no body.
func lookup(c *gin.Context) (*chargeEvent, error) {
	return &chargeEvent{OrderID: c.Query("order")}, nil
}

// Processor handles the notices.
type Processor struct{ db *sql.DB }

// New returns the handlers.
func New(db *sql.DB) *Processor { return &Processor{db: db} }

// Charge marks the order of a succeeded charge paid.
func (p *Processor) Charge(c *gin.Context) {
	ev, err := bindEvent(c)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Type != "charge.succeeded" {
		c.Status(http.StatusOK)
		return
	}
	if _, err := p.db.Exec(`UPDATE orders SET status = 'paid' WHERE id = $1`, ev.OrderID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Seen records that the buyer looked at the order: it reads no body and
// stores no payment.
func (p *Processor) Seen(c *gin.Context) {
	ev, _ := lookup(c)
	if _, err := p.db.Exec(`UPDATE orders SET viewed = true WHERE id = $1`, ev.OrderID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Signed checks X-Processor-Signature, the HMAC of the body.
func Signed(secret []byte) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, _ := c.GetRawData()
		mac := hmac.New(sha256.New, secret)
		mac.Write(body)
		want, _ := hex.DecodeString(c.GetHeader("X-Processor-Signature"))
		if !hmac.Equal(mac.Sum(nil), want) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Request.Body = io.NopCloser(bytes.NewReader(body))
		c.Next()
	}
}
