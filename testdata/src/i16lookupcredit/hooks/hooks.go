// Package hooks: echo Stripe webhooks that look the shop's order up by the
// payment intent and hand its customer to a use case that main binds
// (i16lookupcredit/cmd/api). The implementations live in packages that do
// not import this one: only main sees them.
package hooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Order is the shop's order behind a payment intent.
type Order struct {
	ID         string
	CustomerID string
	Status     string
}

// Orders finds and settles orders.
type Orders interface {
	ByIntent(ctx context.Context, intentID string) (*Order, error)
	MarkPaid(ctx context.Context, orderID string) error
}

// Rewarder grants a customer loyalty for a paid order.
type Rewarder interface {
	Grant(ctx context.Context, customerID string) error
}

// Promoter moves a customer up a tier.
type Promoter interface {
	Promote(ctx context.Context, customerID string) error
}

// Loyalty grants points to the customer of the order it looks up by the
// intent: main binds Rewarder to a ledger adding points on every call, so
// every redelivery grants them again (reported at the binding).
type Loyalty struct {
	secret  string
	orders  Orders
	rewards Rewarder
}

// NewLoyalty builds the handler.
func NewLoyalty(secret string, orders Orders, rewards Rewarder) *Loyalty {
	return &Loyalty{secret: secret, orders: orders, rewards: rewards}
}

// Succeeded handles payment_intent.succeeded.
func (h *Loyalty) Succeeded(c echo.Context) error {
	ctx := c.Request().Context()
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	evt, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if evt.Type != stripe.EventTypePaymentIntentSucceeded {
		return c.NoContent(http.StatusOK)
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	o, err := h.orders.ByIntent(ctx, pi.ID)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if err := h.orders.MarkPaid(ctx, o.ID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if err := h.rewards.Grant(ctx, o.CustomerID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// Checked grants the same points only for an order not paid yet: the
// stored state is the guard (silent).
type Checked struct {
	secret  string
	orders  Orders
	rewards Rewarder
}

// NewChecked builds the handler.
func NewChecked(secret string, orders Orders, rewards Rewarder) *Checked {
	return &Checked{secret: secret, orders: orders, rewards: rewards}
}

// Succeeded handles payment_intent.succeeded once per order.
func (h *Checked) Succeeded(c echo.Context) error {
	ctx := c.Request().Context()
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	evt, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	o, err := h.orders.ByIntent(ctx, pi.ID)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if o.Status == "paid" {
		return c.NoContent(http.StatusOK) // seen before
	}
	if err := h.orders.MarkPaid(ctx, o.ID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if err := h.rewards.Grant(ctx, o.CustomerID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// Tiers promotes the customer of the looked-up order: main binds Promoter
// to a write of the tier itself, the same on every delivery (silent).
type Tiers struct {
	secret string
	orders Orders
	tiers  Promoter
}

// NewTiers builds the handler.
func NewTiers(secret string, orders Orders, tiers Promoter) *Tiers {
	return &Tiers{secret: secret, orders: orders, tiers: tiers}
}

// Succeeded handles payment_intent.succeeded.
func (h *Tiers) Succeeded(c echo.Context) error {
	ctx := c.Request().Context()
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	evt, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	o, err := h.orders.ByIntent(ctx, pi.ID)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if err := h.orders.MarkPaid(ctx, o.ID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if err := h.tiers.Promote(ctx, o.CustomerID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// Shared is built twice by main: once with the points ledger, once with a
// capped balance set to a fixed value. One binding repeats nothing, so
// the call is not judged (silent).
type Shared struct {
	secret  string
	orders  Orders
	rewards Rewarder
}

// NewShared builds the handler.
func NewShared(secret string, orders Orders, rewards Rewarder) *Shared {
	return &Shared{secret: secret, orders: orders, rewards: rewards}
}

// Succeeded handles payment_intent.succeeded.
func (h *Shared) Succeeded(c echo.Context) error {
	ctx := c.Request().Context()
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	evt, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	o, err := h.orders.ByIntent(ctx, pi.ID)
	if err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if err := h.orders.MarkPaid(ctx, o.ID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if err := h.rewards.Grant(ctx, o.CustomerID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}
