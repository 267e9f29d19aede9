// Package web: echo Stripe listeners for desk bookings, asking the settle
// service (held as an interface, implemented by settle.Service, which
// this package imports for its Booking type) whether the booking changed
// before mailing the receipt.
package web

import (
	"context"
	"io"
	"net/http"
	"net/smtp"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82/webhook"

	"fp15wflag/settle"
)

// Settler is what the listeners ask of the settle service.
type Settler interface {
	ApplyPaid(ctx context.Context, ref string) (bool, error)
	MarkPaidIfPending(ctx context.Context, ref string) (bool, error)
	Touch(ctx context.Context, ref string) (bool, error)
}

// Hooks holds the service.
type Hooks struct {
	secret string
	settle Settler
	last   *settle.Booking
}

// Mount mounts the listeners.
func (h *Hooks) Mount(e *echo.Echo) {
	e.POST("/webhooks/stripe/desk-paid", h.DeskPaid)
	e.POST("/webhooks/stripe/desk-claimed", h.DeskClaimed)
	e.POST("/webhooks/stripe/desk-touched", h.DeskTouched)
}

func (h *Hooks) ref(c echo.Context) (string, bool) {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return "", false
	}
	evt, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		return "", false
	}
	return evt.ID, true
}

func receipt(ref string) error {
	return smtp.SendMail("mail:25", nil, "desk@example.com", []string{"guest@example.com"}, []byte("paid "+ref))
}

// DeskPaid mails only when ApplyPaid changed the stored booking.
func (h *Hooks) DeskPaid(c echo.Context) error {
	ref, ok := h.ref(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	changed, err := h.settle.ApplyPaid(c.Request().Context(), ref)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if changed {
		_ = receipt(ref)
	}
	return c.NoContent(http.StatusOK)
}

// DeskClaimed mails only when the compare-and-set moved the booking.
func (h *Hooks) DeskClaimed(c echo.Context) error {
	ref, ok := h.ref(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	moved, err := h.settle.MarkPaidIfPending(c.Request().Context(), ref)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if moved {
		_ = receipt(ref)
	}
	return c.NoContent(http.StatusOK)
}

// DeskTouched mails whenever Touch answers true, which it does on every
// delivery.
func (h *Hooks) DeskTouched(c echo.Context) error {
	ref, ok := h.ref(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	done, err := h.settle.Touch(c.Request().Context(), ref)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if done {
		_ = receipt(ref) // want `webhook handler sends a message`
	}
	return c.NoContent(http.StatusOK)
}
