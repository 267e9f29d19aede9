// Package razorpayhooks receives Razorpay webhooks and the restaurant
// tablets' order-status callbacks.
package razorpayhooks

import "github.com/gofiber/fiber/v2"

func Register(app *fiber.App, h *Hooks, t *TabletHooks) {
	hooks := app.Group("/hooks")
	hooks.Post("/razorpay/payment", h.PaymentCaptured)
	hooks.Post("/razorpay/tip", h.TipCaptured)
	hooks.Post("/razorpay/refund", h.RefundProcessed)
	hooks.Post("/tablet/:restaurant/status", t.OrderStatus)
}
