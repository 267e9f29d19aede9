// Package paybill receives a payment gateway's paybill notifications on
// fiber: the route's middleware checks X-Signature, an HMAC-SHA256 of the
// body, and hands the parsed notice to the handler in c.Locals.
package paybill

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"

	"github.com/gofiber/fiber/v2"
)

type noticeKey struct{}

// Notice is a paybill payment notification.
type Notice struct {
	Event     string `json:"event"`
	Reference string `json:"reference"`
}

// Signed rejects a notification whose X-Signature is not the HMAC of the
// body, and stores the notice for the handler.
func Signed(secret string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		mac := hmac.New(sha256.New, []byte(secret))
		mac.Write(c.Body())
		if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.Get("X-Signature"))) {
			return c.SendStatus(fiber.StatusForbidden)
		}
		var n Notice
		if err := json.Unmarshal(c.Body(), &n); err != nil {
			return c.SendStatus(fiber.StatusBadRequest)
		}
		c.Locals(noticeKey{}, &n)
		return c.Next()
	}
}

// BillHooks settles paybill payments.
type BillHooks struct{ DB *sql.DB }

// Paid marks the payment paid; the notice is the one Signed verified.
func (h *BillHooks) Paid(c *fiber.Ctx) error {
	n, ok := c.Locals(noticeKey{}).(*Notice)
	if !ok || n.Event != "payment.paid" {
		return c.SendStatus(fiber.StatusOK)
	}
	if _, err := h.DB.Exec(`UPDATE payments SET status = 'paid' WHERE reference = $1`, n.Reference); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusOK)
}
