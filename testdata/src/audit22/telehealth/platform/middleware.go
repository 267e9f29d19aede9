package platform

import (
	"github.com/gofiber/fiber/v2"
	"github.com/stripe/stripe-go/v82/webhook"
)

// StripeSigned is fiber middleware that rejects a delivery whose
// Stripe-Signature does not match secret. Handlers behind it can decode
// the body without checking again.
func StripeSigned(secret string) fiber.Handler {
	if secret == "" {
		panic("platform: StripeSigned needs a webhook secret")
	}
	return func(c *fiber.Ctx) error {
		if err := webhook.ValidatePayload(c.Body(), c.Get("Stripe-Signature"), secret); err != nil {
			With("stripe-mw").Warn("rejected webhook", "err", err)
			return c.SendStatus(fiber.StatusBadRequest)
		}
		return c.Next()
	}
}
