// Package hooks receives payment provider webhooks (fiber, own listener).
package hooks

import (
	"github.com/gofiber/fiber/v2"

	"audit25/cryptomerch/platform"
	"audit25/cryptomerch/shop"
	"audit25/cryptomerch/store"
)

// Receipt is a purchase confirmation to mail to the buyer.
type Receipt struct {
	OrderID string
	Email   string
	Cents   int64
}

// Config wires the webhook app.
type Config struct {
	Cfg      platform.Config
	Events   *store.Events
	Orders   *store.Orders
	Loyalty  *store.Loyalty
	Drops    *shop.Drops
	Receipts chan<- Receipt
}

// New returns the fiber app serving the provider webhooks.
func New(c Config) *fiber.App {
	app := fiber.New(fiber.Config{})
	cc := &commerceHooks{
		verify: platform.NewHMACVerifier(c.Cfg.CommerceWHSec),
		events: c.Events,
		orders: c.Orders,
		drops:  c.Drops,
	}
	st := &stripeHooks{
		secret:   c.Cfg.StripeWHSec,
		orders:   c.Orders,
		loyalty:  c.Loyalty,
		receipts: c.Receipts,
	}
	app.Post("/hooks/commerce", cc.handle)
	app.Post("/hooks/stripe", st.handle)
	return app
}
