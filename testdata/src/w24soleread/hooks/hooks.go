// Package hooks receives Mollie's webhook for a ferry-ticket shop: the
// webhook carries only the payment's id, so each handler reads the
// payment back through a port bound in main.
package hooks

import (
	"context"
	"net/http"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/labstack/echo/v4"
)

// Reader reads a Mollie payment.
type Reader interface {
	Payment(ctx context.Context, id string) (*mollie.Payment, error)
}

// Tickets stores the tickets.
type Tickets interface {
	MarkPaid(ctx context.Context, paymentID string) error
}

// Hook handles Mollie's webhook.
type Hook struct {
	Payments Reader
	Refunds  Reader
	Tickets  Tickets
	Client   *mollie.Client
}

// Register mounts the handlers.
func (h *Hook) Register(e *echo.Echo) {
	e.POST("/webhooks/mollie/tickets", h.Paid)
	e.POST("/webhooks/mollie/twice", h.Twice)
	e.POST("/webhooks/mollie/local", h.LocalAndWired)
}

// Paid reads the payment back once and marks the ticket paid.
func (h *Hook) Paid(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := h.Payments.Payment(ctx, c.FormValue("id"))
	if err != nil {
		return c.NoContent(http.StatusServiceUnavailable)
	}
	if p.Status == "paid" {
		if err := h.Tickets.MarkPaid(ctx, p.ID); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
	}
	return c.NoContent(http.StatusOK)
}

// Twice reads the payment through two ports before answering.
func (h *Hook) Twice(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := h.Payments.Payment(ctx, c.FormValue("id"))
	if err != nil {
		return c.NoContent(http.StatusServiceUnavailable)
	}
	again, err := h.Refunds.Payment(ctx, p.ID)
	if err != nil || again.Status != "paid" {
		return c.NoContent(http.StatusOK)
	}
	_ = h.Tickets.MarkPaid(ctx, p.ID)
	return c.NoContent(http.StatusOK)
}

// LocalAndWired reads the payment with the SDK itself, then again through
// the port.
func (h *Hook) LocalAndWired(c echo.Context) error {
	ctx := c.Request().Context()
	_, p, err := h.Client.Payments.Get(ctx, c.FormValue("id"), nil)
	if err != nil {
		return c.NoContent(http.StatusServiceUnavailable)
	}
	again, err := h.Payments.Payment(ctx, p.ID)
	if err != nil || again.Status != "paid" {
		return c.NoContent(http.StatusOK)
	}
	_ = h.Tickets.MarkPaid(ctx, p.ID)
	return c.NoContent(http.StatusOK)
}
