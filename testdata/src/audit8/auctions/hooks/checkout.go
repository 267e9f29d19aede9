package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"github.com/gofiber/fiber/v2"
)

type ckoEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		ID        string `json:"id"`
		Reference string `json:"reference"`
		Amount    int64  `json:"amount"`
	} `json:"data"`
}

func validCko(secret string, body []byte, sig string) bool {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}

// Checkout receives Checkout.com captures of bidder holds (lots closed
// through the Checkout.com route). Staging has no secret configured.
func (h *Handlers) Checkout(c *fiber.Ctx) error {
	body := c.Body()
	if h.sec.Checkout != "" && !validCko(h.sec.Checkout, body, c.Get("Cko-Signature")) {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	var evt ckoEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if evt.Type == "payment_captured" {
		if _, err := h.db.NewUpdate().Table("lots"). // want "\\[webhookverify\\] payment webhook /webhooks/checkout skips signature verification when the secret is empty"
								Set("payment_status = ?", "paid").
								Where("cko_payment_id = ?", evt.Data.ID).
								Exec(c.UserContext()); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}
