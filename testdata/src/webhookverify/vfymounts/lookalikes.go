package vfymounts

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Silent: every route of the handler is behind the verifying middleware
// (a group, trailing route middleware, the whole app).
func (s *Settlements) Refunded(c echo.Context) error {
	var n settlement
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	s.db.Exec("UPDATE payments SET status = 'paid' WHERE reference = $1", n.Reference)
	return c.NoContent(http.StatusOK)
}

func MountAllCovered(e *echo.Echo, s *Settlements, key []byte) {
	g := e.Group("/webhooks/refunds", checkSignature(key))
	g.POST("", s.Refunded)
	e.POST("/hooks/refunds", s.Refunded, checkSignature(key))

	app := echo.New()
	app.Use(checkSignature(key))
	app.POST("/webhooks/refunded", s.Refunded)
	app.POST("/refunded", s.Refunded)
}

// Silent: a buyer's checkout endpoint (no webhook) mounted behind an
// authenticating middleware and without it.
func (s *Settlements) Checkout(c echo.Context) error {
	var n settlement
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	s.db.Exec("UPDATE payments SET status = 'paid' WHERE reference = $1", n.Reference)
	return c.NoContent(http.StatusOK)
}

func MountCheckout(e *echo.Echo, s *Settlements, key []byte) {
	e.POST("/shop/checkout", s.Checkout, checkSignature(key))
	e.POST("/checkout", s.Checkout)
}
