package dlocal

import (
	"crypto/hmac"
	"errors"
	"strings"
)

var ErrBadSignature = errors.New("dlocal: notification signature mismatch")

// VerifyNotification checks the Authorization header dLocal sends with a
// notification (same V2-HMAC-SHA256 scheme as requests).
func (c *Client) VerifyNotification(body []byte, xDate, authorization string) error {
	want := c.sign(xDate, body)
	got := strings.TrimSpace(authorization)
	if !hmac.Equal([]byte(want), []byte(got)) {
		return ErrBadSignature
	}
	return nil
}

// Notification is what dLocal posts to notification_url.
type Notification struct {
	ID        string  `json:"id"`
	PaymentID string  `json:"payment_id"`
	OrderID   string  `json:"order_id"`
	Status    string  `json:"status"`
	Amount    float64 `json:"amount"`
	Currency  string  `json:"currency"`
}
