package razorfiber

import "github.com/gofiber/fiber/v2"

func NewApp(d *Deps) *fiber.App {
	app := fiber.New()
	hooks := app.Group("/razorpay")
	hooks.Post("/webhook", d.OrderPaid)
	hooks.Post("/credits", d.Credits)
	hooks.Post("/tips", d.Tips)
	return app
}
