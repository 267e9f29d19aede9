// Package mpnotice receives Mercado Pago payment notices on echo: the
// notice posts only the payment id, which is read back from the API.
// Nothing here says webhook; the packages mounting it do.
package mpnotice

import (
	"context"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"github.com/mercadopago/sdk-go/pkg/payment"
)

// Tickets issues the tickets of a paid booking.
type Tickets interface {
	Issue(ctx context.Context, bookingRef string) error
}

// Receiver reads the payment back and issues the tickets before answering.
type Receiver struct {
	payments payment.Client
	tickets  Tickets
}

func NewReceiver(pc payment.Client, t Tickets) *Receiver {
	return &Receiver{payments: pc, tickets: t}
}

func (h *Receiver) Receive(c echo.Context) error {
	id, err := strconv.Atoi(c.FormValue("id"))
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	p, err := h.payments.Get(ctx, id)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if p.Status != "approved" {
		return c.NoContent(http.StatusOK)
	}
	if err := h.tickets.Issue(ctx, p.ExternalReference); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}
