// Package webhooks receives the payment providers' notifications.
package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"audit13/clinic/domain"

	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Bookings is what the Stripe hook needs from the deposit service.
type Bookings interface {
	ConfirmBooking(ctx context.Context, appointmentID, paymentIntentID string) error
}

// StripeHook handles Stripe events for appointment deposits.
type StripeHook struct {
	secret   string
	verify   bool
	events   domain.EventLog
	bookings Bookings
	appts    domain.AppointmentStore
}

// NewStripeHook returns the Stripe handler. In the sandbox the Stripe CLI
// forwards events without our endpoint secret, so signatures are only
// checked against live traffic.
func NewStripeHook(secret string, sandbox bool, events domain.EventLog, bookings Bookings, appts domain.AppointmentStore) *StripeHook {
	return &StripeHook{secret: secret, verify: !sandbox, events: events, bookings: bookings, appts: appts}
}

type intentObject struct {
	ID       string            `json:"id"`
	Status   string            `json:"status"`
	Metadata map[string]string `json:"metadata"`
}

// Handle is mounted on POST /webhooks/stripe.
func (h *StripeHook) Handle(c echo.Context) error {
	body, err := io.ReadAll(io.LimitReader(c.Request().Body, 1<<16))
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	var evt stripe.Event
	if h.verify {
		evt, err = webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), h.secret)
		if err != nil {
			return c.NoContent(http.StatusBadRequest)
		}
	} else if err := json.Unmarshal(body, &evt); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}

	ctx := c.Request().Context()
	fresh, err := h.events.Claim(ctx, "stripe", evt.ID)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if !fresh {
		return c.NoContent(http.StatusOK)
	}

	var pi intentObject
	if evt.Data != nil {
		if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
			return c.NoContent(http.StatusBadRequest)
		}
	}
	apptID := pi.Metadata["appointment_id"]
	switch evt.Type {
	case "payment_intent.amount_capturable_updated":
		if err := h.bookings.ConfirmBooking(ctx, apptID, pi.ID); err != nil { // audit: reported at cmd/clinicd/main.go:108 (webhookverify, where main binds domain.AppointmentStore; the first wired call bound to a paid write is SetDeposit "captured" at stripe.go:83; objectstatus.go, wire_bind.go payImpls): ConstructEvent skipped when h.verify is false (StripeSandbox config), the body is then json.Unmarshal-ed unverified and the booking confirmed (shape 4, skipped by another condition)
			return c.NoContent(http.StatusInternalServerError)
		}
	case stripe.EventTypePaymentIntentSucceeded:
		if err := h.appts.SetDeposit(ctx, apptID, pi.ID, "captured"); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
	case stripe.EventTypePaymentIntentPaymentFailed:
		log.Printf("stripe: deposit for %s failed (%s)", apptID, pi.ID)
		if err := h.appts.SetDeposit(ctx, apptID, pi.ID, "failed"); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
	}
	return c.NoContent(http.StatusOK)
}
