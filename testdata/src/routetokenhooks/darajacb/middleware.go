// Package darajacb holds the fiber middlewares of the M-Pesa callbacks.
// Daraja signs nothing: the callback URLs handed to it carry a secret
// token, and the middleware that checks it is the callbacks' verification.
package darajacb

import (
	"crypto/subtle"
	"log"

	"github.com/gofiber/fiber/v2"
)

// CallbackToken rejects a callback whose ?t= is not the token put in the
// callback URLs.
func CallbackToken(token string) fiber.Handler {
	if token == "" {
		panic("darajacb: empty callback token")
	}
	return func(c *fiber.Ctx) error {
		if subtle.ConstantTimeCompare([]byte(c.Query("t")), []byte(token)) != 1 {
			return c.SendStatus(fiber.StatusForbidden)
		}
		return c.Next()
	}
}

// AuditToken logs a callback whose ?t= is wrong, and lets it through.
func AuditToken(token string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		if subtle.ConstantTimeCompare([]byte(c.Query("t")), []byte(token)) != 1 {
			log.Printf("daraja callback with a wrong token (%d bytes)", len(c.Body()))
		}
		return c.Next()
	}
}

// RequestLog logs every callback.
func RequestLog() fiber.Handler {
	return func(c *fiber.Ctx) error {
		log.Printf("daraja callback (%d bytes)", len(c.Body()))
		return c.Next()
	}
}
