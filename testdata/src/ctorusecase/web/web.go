// Package web serves Stripe's dispute webhooks on echo.
package web

import (
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82/webhook"

	"ctorusecase/billing"
)

// Disputes answers Stripe's dispute events.
type Disputes struct {
	Secret  string
	Refunds billing.Refunder
}

// Closed refunds the buyer of a lost dispute, then answers.
func (d *Disputes) Closed(c echo.Context) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	ev, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), d.Secret)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.Type != "charge.dispute.closed" {
		return c.NoContent(http.StatusOK)
	}
	pi, _ := ev.Data.Object["payment_intent"].(string)
	cents, _ := ev.Data.Object["amount"].(float64)
	if err := d.Refunds.Reverse(c.Request().Context(), pi, int64(cents)); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}
