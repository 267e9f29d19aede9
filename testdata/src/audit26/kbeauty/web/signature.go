package web

import (
	"io"
	"net/http"

	"audit26/kbeauty/intl"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82/webhook"
)

// StripeSignature verifies the Stripe-Signature header and stores the event
// for the handler; anything unsigned is refused.
func StripeSignature(secret string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			body, err := io.ReadAll(io.LimitReader(c.Request().Body, 1<<20))
			if err != nil {
				return c.NoContent(http.StatusBadRequest)
			}
			evt, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), secret)
			if err != nil {
				return c.NoContent(http.StatusBadRequest)
			}
			c.Set(intl.EventKey, evt)
			return next(c)
		}
	}
}

// MountEvents puts the Japanese account's event endpoint behind the
// signature check.
func MountEvents(e *echo.Echo, h *intl.Events, secret string) {
	e.POST("/hooks/stripe/jp", h.Handle, StripeSignature(secret)) // audit: lookalike webhookverify: the handler in intl runs only after StripeSignature verified the payload
}
