// Package payment: the Stripe webhook of a ticket shop (echo), handing a
// paid checkout session's booking to the booking service.
package payment

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// BookingService settles bookings.
type BookingService interface {
	HandlePaymentSuccess(bookingID string) error
}

// WebhookHandler serves Stripe's events.
type WebhookHandler struct {
	bookingService BookingService
	secret         string
}

// NewWebhookHandler returns the handler.
func NewWebhookHandler(s BookingService, secret string) *WebhookHandler {
	return &WebhookHandler{bookingService: s, secret: secret}
}

// HandleWebhook verifies the event and settles the booking of a
// completed checkout session.
func (w *WebhookHandler) HandleWebhook(c echo.Context) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "read"})
	}
	event, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), w.secret)
	if err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "signature"})
	}
	if event.Type == "checkout.session.completed" {
		var session stripe.CheckoutSession
		if err := json.Unmarshal(event.Data.Raw, &session); err != nil {
			return c.JSON(http.StatusBadRequest, map[string]string{"error": "session"})
		}
		if err := w.bookingService.HandlePaymentSuccess(session.Metadata["booking_id"]); err != nil {
			return c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()})
		}
	}
	return c.JSON(http.StatusOK, map[string]string{"status": "success"})
}
