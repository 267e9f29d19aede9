// Package hooks receives the providers' webhooks (Stripe, Checkout.com,
// the open-banking API) and the shipping carrier's tracking callbacks.
package hooks

import "github.com/gofiber/fiber/v2"

func Mount(app *fiber.App, h *Handlers) {
	wh := app.Group("/webhooks")
	wh.Post("/stripe", h.Stripe)
	wh.Post("/stripe/charges", h.StripeCharges)
	wh.Post("/stripe/connect", h.StripeConnect)
	wh.Post("/checkout", h.Checkout)
	wh.Post("/bank", h.Bank)
	wh.Post("/carrier/tracking", h.CarrierTracking)
}
