package hooks

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit24/homeservices/domain"
)

// Notifier mails pros.
type Notifier interface {
	Send(ctx context.Context, to, subject, body string) error
}

// ProDirectory finds a pro's contact details.
type ProDirectory interface {
	ProEmail(ctx context.Context, proID string) (string, error)
}

// Disputes handles charge.dispute.* on its own Stripe endpoint.
type Disputes struct {
	bookings Bookings
	pros     ProDirectory
	mail     Notifier
	secret   string
}

func NewDisputes(bookings Bookings, pros ProDirectory, mail Notifier, secret string) *Disputes {
	if secret == "" {
		panic("hooks: dispute webhook secret is required")
	}
	return &Disputes{bookings: bookings, pros: pros, mail: mail, secret: secret}
}

type dispute struct {
	ID            string `json:"id"`
	Amount        int64  `json:"amount"`
	PaymentIntent string `json:"payment_intent"`
	Reason        string `json:"reason"`
}

// Handle is mounted on the echo hooks server.
func (h *Disputes) Handle(c echo.Context) error {
	payload, err := io.ReadAll(io.LimitReader(c.Request().Body, 1<<16))
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	evt, err := webhook.ConstructEvent(payload, c.Request().Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if evt.Type != "charge.dispute.created" {
		return c.NoContent(http.StatusOK)
	}
	var d dispute
	if err := json.Unmarshal(evt.Data.Raw, &d); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	b, err := h.bookings.ByProviderRef(ctx, d.PaymentIntent)
	if err != nil {
		return c.NoContent(http.StatusOK)
	}
	if err := h.bookings.SetStatus(ctx, b.ID, domain.BookingDisputed); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if email, err := h.pros.ProEmail(ctx, b.ProID); err == nil {
		_ = h.mail.Send(ctx, email, "A customer disputed a job", // want "\\[webhookdedupe\\] webhook handler sends a message \\(hooks\\.Notifier\\.Send\\) on every delivery" "\\[webhookack\\] webhook handler sends a message \\(hooks\\.Notifier\\.Send\\) before answering;"
			fmt.Sprintf("Booking %s was disputed (%s). Upload photos of the finished job within 7 days.", b.ID, d.Reason))
	}
	return c.NoContent(http.StatusOK)
}
