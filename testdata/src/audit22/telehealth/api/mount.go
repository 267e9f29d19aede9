package api

import (
	"github.com/gofiber/fiber/v2"

	"audit22/telehealth/platform"
	"audit22/telehealth/webhooks"
)

// Mount registers the patient API and the Stripe hooks on the fiber app.
func Mount(app *fiber.App, p *Patients, hooks *webhooks.Stripe, connectSecret string) {
	v1 := app.Group("/api/v1")
	v1.Post("/consults/:id/checkout", p.Checkout)
	v1.Post("/consults/:id/cancel", p.Cancel)

	app.Get("/consults/:id/paid", p.Paid)
	app.Get("/consults/:id/return", p.Return)
	app.Get("/consults/:id/crypto/return", p.CryptoReturn)

	app.Post("/webhooks/stripe", hooks.Payments)
	app.Post("/webhooks/stripe/refunds", hooks.Refunds)

	connect := app.Group("/webhooks/stripe-connect", platform.StripeSigned(connectSecret))
	connect.Post("/", hooks.Connect)
}
