// Package echofiber: redirect handlers on echo and fiber.
package echofiber

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

//paylint:fulfillment
func provision(account string) error { return nil }

type Handlers struct{}

func (h *Handlers) Register(e *echo.Echo, app *fiber.App) {
	e.GET("/billing/success", h.BillingSuccess)
	e.GET("/billing/cancel", h.BillingCancel)
	app.Get("/shop/checkout-return", shopReturn)
}

// BillingSuccess provisions from the session id alone.
func (h *Handlers) BillingSuccess(c echo.Context) error {
	s, err := session.Get(c.QueryParam("session_id"), nil)
	if err != nil {
		return err
	}
	if err := provision(s.ClientReferenceID); err != nil { // want `after reading the payment from the provider without checking that its status is paid`
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/billing")
}

// BillingCancel renders only.
func (h *Handlers) BillingCancel(c echo.Context) error {
	return c.String(http.StatusOK, "cancelled")
}

// shopReturn checks the status before provisioning.
func shopReturn(c *fiber.Ctx) error {
	s, err := session.Get(c.Query("session_id"), nil)
	if err != nil {
		return err
	}
	if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		return c.Redirect("/shop/pending")
	}
	return provision(s.ClientReferenceID)
}
