// Package hooks takes a tea shop's Stripe events (echo). Paying an order
// tells the customer: some handlers through the in-app inbox (a row and a
// ping of the open streams, nothing leaves the process), others by mail.
package hooks

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"net/smtp"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/webhook"

	"inappack/inbox"
)

type Hooks struct {
	secret string
	db     *sql.DB
	relay  string
	push   func(customer int64) // a push gateway, set by main
}

func New(secret string, db *sql.DB, relay string, push func(int64)) *Hooks {
	return &Hooks{secret: secret, db: db, relay: relay, push: push}
}

// paidIntent verifies the event and marks its order paid.
func (h *Hooks) paidIntent(c echo.Context) (int64, bool) {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return 0, false
	}
	ev, err := webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), h.secret)
	if err != nil || ev.Type != "payment_intent.succeeded" {
		return 0, false
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		return 0, false
	}
	var customer int64
	err = h.db.QueryRowContext(c.Request().Context(),
		"UPDATE tea_orders SET status = 'paid' WHERE intent_id = $1 RETURNING customer_id", pi.ID).Scan(&customer)
	return customer, err == nil
}

// notifyCustomer leaves a notice in the customer's inbox and pings the
// app: a row and an in-process channel send, nothing sent out.
func notifyCustomer(ctx context.Context, db *sql.DB, customer int64, text string) error {
	if err := inbox.Save(ctx, db, customer, text); err != nil {
		return err
	}
	inbox.Ping(customer)
	return nil
}

// InApp serves POST /hooks/stripe/inapp: the in-app notice, silent.
func (h *Hooks) InApp(c echo.Context) error {
	customer, ok := h.paidIntent(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	_ = notifyCustomer(c.Request().Context(), h.db, customer, "Your tea is paid")
	return c.NoContent(http.StatusOK)
}

// notifyBuyer keeps the inbox row and also mails the buyer through the
// shop's SMTP relay: a message sent out.
func notifyBuyer(ctx context.Context, db *sql.DB, relay string, customer int64, to string) error {
	if err := inbox.Save(ctx, db, customer, "paid"); err != nil {
		return err
	}
	return smtp.SendMail(relay, nil, "tea@example.com", []string{to}, []byte("Your tea is paid"))
}

// Mailed serves POST /hooks/stripe/mailed: the mail before the answer,
// on every delivery.
func (h *Hooks) Mailed(c echo.Context) error {
	customer, ok := h.paidIntent(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	_ = notifyBuyer(c.Request().Context(), h.db, h.relay, customer, "buyer@example.com") // want `webhook handler sends a message \(hooks.notifyBuyer: smtp.SendMail\) on every delivery of the event`
	return c.NoContent(http.StatusOK)
}

// notifyUser stores the notice and hands the ping to a function value
// main sets (a push gateway): what it does is out of sight, so the name
// still decides.
func (h *Hooks) notifyUser(ctx context.Context, customer int64) error {
	if err := inbox.Save(ctx, h.db, customer, "paid"); err != nil {
		return err
	}
	h.push(customer)
	return nil
}

// Pushed serves POST /hooks/stripe/pushed.
func (h *Hooks) Pushed(c echo.Context) error {
	customer, ok := h.paidIntent(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	_ = h.notifyUser(c.Request().Context(), customer) // want `webhook handler sends a message \(hooks.Hooks.notifyUser\) on every delivery of the event`
	return c.NoContent(http.StatusOK)
}

// Mount registers the shop's Stripe listeners.
func Mount(e *echo.Echo, h *Hooks) {
	e.POST("/hooks/stripe/inapp", h.InApp)
	e.POST("/hooks/stripe/mailed", h.Mailed)
	e.POST("/hooks/stripe/pushed", h.Pushed)
}
