// Package kiosk sells tickets at an echo kiosk; orders are kept behind
// a port main binds.
package kiosk

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Order struct {
	Ref    string
	Status string
	Intent string
}

// Orders is the order port.
type Orders interface {
	Get(ctx context.Context, ref string) (*Order, error)
	MarkPaid(ctx context.Context, ref string) error
}

type Handlers struct{ orders Orders }

func (h *Handlers) Register(e *echo.Echo) {
	e.GET("/kiosk/tickets/:ref/redirect", h.ticketRedirect)
	e.GET("/kiosk/passes/:ref/return", h.passReturn)
}

// ticketRedirect marks the ticket order paid with no payment read.
func (h *Handlers) ticketRedirect(c echo.Context) error {
	ctx := c.Request().Context()
	o, err := h.orders.Get(ctx, c.Param("ref"))
	if err != nil {
		return c.String(http.StatusNotFound, "unknown order")
	}
	if err := h.orders.MarkPaid(ctx, o.Ref); err != nil { // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
		return err
	}
	return c.String(http.StatusOK, "enjoy the show")
}

// passReturn reads the PaymentIntent back and tests its status first.
func (h *Handlers) passReturn(c echo.Context) error {
	ctx := c.Request().Context()
	o, err := h.orders.Get(ctx, c.Param("ref"))
	if err != nil {
		return c.String(http.StatusNotFound, "unknown order")
	}
	pi, err := paymentintent.Get(o.Intent, nil)
	if err != nil {
		return err
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		return c.String(http.StatusOK, "processing")
	}
	if err := h.orders.MarkPaid(ctx, o.Ref); err != nil {
		return err
	}
	return c.String(http.StatusOK, "enjoy the pass")
}
