package webhooks

import (
	"context"
	"encoding/json"

	"github.com/gofiber/fiber/v2"

	"audit13/foodhub/domain"
	"audit13/foodhub/sigcheck"
)

// EventLog remembers handled provider events.
type EventLog interface {
	RecordEvent(ctx context.Context, provider, eventID string) (bool, error)
}

// CheckoutHooks handles Checkout.com webhooks for app orders.
type CheckoutHooks struct {
	secret string
	orders OrderStore
	events EventLog
	push   domain.Notifier
}

// NewCheckoutHooks returns the Checkout.com handler.
func NewCheckoutHooks(secret string, orders OrderStore, events EventLog, push domain.Notifier) *CheckoutHooks {
	return &CheckoutHooks{secret: secret, orders: orders, events: events, push: push}
}

// Mount registers the webhook route.
func (h *CheckoutHooks) Mount(app fiber.Router) {
	app.Post("/hooks/checkout", h.Handle)
}

type ckoEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		ID        string `json:"id"`
		Reference string `json:"reference"`
	} `json:"data"`
}

// Handle processes one Checkout.com event.
func (h *CheckoutHooks) Handle(c *fiber.Ctx) error {
	ctx := c.UserContext()
	body := c.Body()
	if err := sigcheck.Checkout(h.secret, body, c.Get("Cko-Signature")); err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	var evt ckoEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	fresh, err := h.events.RecordEvent(ctx, "checkout", evt.ID)
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	if !fresh {
		return c.SendStatus(fiber.StatusOK)
	}
	o, err := h.orders.Get(ctx, evt.Data.Reference)
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	switch evt.Type {
	case "payment_captured":
		if err := h.orders.MarkPaid(ctx, o.ID); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
		_ = h.push.Send(ctx, o.CustomerID, "Order confirmed", "The restaurant is preparing your food.") // want "\\[webhookack\\] webhook handler sends a message \\(domain.Notifier.Send\\) before answering"
	case "payment_declined", "payment_expired":
		if err := h.orders.MarkFailed(ctx, o.ID, evt.Type); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}
