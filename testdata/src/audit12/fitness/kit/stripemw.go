package kit

import (
	"bytes"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82/webhook"
)

// StripeSignature is echo middleware that rejects requests whose
// Stripe-Signature does not match secret. The body is restored for the
// handler.
func StripeSignature(secret string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			req := c.Request()
			body, err := io.ReadAll(req.Body)
			if err != nil {
				return echo.NewHTTPError(http.StatusBadRequest, "unreadable body")
			}
			if err := webhook.ValidatePayload(body, req.Header.Get("Stripe-Signature"), secret); err != nil {
				return echo.NewHTTPError(http.StatusBadRequest, "invalid signature")
			}
			req.Body = io.NopCloser(bytes.NewReader(body))
			return next(c)
		}
	}
}
