// Package cbhooks receives Chargebee webhooks. Chargebee protects webhooks
// with HTTP Basic credentials configured on the endpoint.
package cbhooks

import (
	"crypto/subtle"
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
)

type Config struct {
	User, Password string
	SlackURL       string
}

type Handlers struct {
	db    *sql.DB
	cfg   Config
	queue chan<- string
}

func New(db *sql.DB, cfg Config, queue chan<- string) *Handlers {
	return &Handlers{db: db, cfg: cfg, queue: queue}
}

// basicAuth rejects requests without the endpoint's credentials.
func basicAuth(user, pass string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			u, p, ok := c.Request().BasicAuth()
			if !ok ||
				subtle.ConstantTimeCompare([]byte(u), []byte(user)) != 1 ||
				subtle.ConstantTimeCompare([]byte(p), []byte(pass)) != 1 {
				return c.NoContent(http.StatusUnauthorized)
			}
			return next(c)
		}
	}
}

func (h *Handlers) Register(e *echo.Echo) {
	g := e.Group("/webhooks/chargebee", basicAuth(h.cfg.User, h.cfg.Password))
	g.POST("/payment-succeeded", h.paymentSucceeded)
	g.POST("/subscription-activated", h.subscriptionActivated)
	g.POST("/payment-refunded", h.paymentRefunded)

	// The EU site was added later; its endpoint was configured without credentials.
	e.POST("/webhooks/chargebee-eu/payment-succeeded", h.paymentSucceeded)
}
