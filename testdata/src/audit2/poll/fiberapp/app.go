// Package fiberapp is a ticketing site on fiber with Stripe Payment Element.
package fiberapp

import "github.com/gofiber/fiber/v2"

// Register mounts the routes.
func Register(app *fiber.App, t *Tickets, a *Accounts) {
	app.Get("/pay/complete", t.Complete)
	app.Get("/pay/thank-you", t.ThankYou)
	app.Get("/auth/callback", a.OAuthCallback)
}
