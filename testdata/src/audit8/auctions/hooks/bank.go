package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"github.com/gofiber/fiber/v2"
)

type bankNotification struct {
	EventID   string `json:"event_id"`
	PaymentID string `json:"payment_id"`
	Reference string `json:"reference"`
	Status    string `json:"status"`
	Amount    int64  `json:"amount_minor"`
}

// Bank is the open-banking API's status callback.
func (h *Handlers) Bank(c *fiber.Ctx) error {
	body := c.Body()
	mac := hmac.New(sha256.New, []byte(h.sec.Bank))
	mac.Write(body)
	expected := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(expected), []byte(c.Get("X-Signature"))) {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	var n bankNotification
	if err := json.Unmarshal(body, &n); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if n.Status == "COMPLETED" {
		if err := h.payments.BuyerPaid(c.UserContext(), n.Reference, n.PaymentID, n.Amount); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}
