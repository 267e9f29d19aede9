// Command server mounts the endpoints.
package main

import (
	"github.com/gofiber/fiber/v2"
	"gorm.io/gorm"

	"m19notice/api"
	"m19notice/orders"
)

func main() {
	var db *gorm.DB
	a := &api.API{Book: &orders.Book{DB: db}}
	app := fiber.New()
	app.Post("/pay/in", a.Receive) // want `payment webhook handler a.Receive \(package m19notice/api\) mounted on POST /pay/in verifies no signature, and no middleware on this route does: it acts on the payment \(orders.Book.MarkPaid\)`
	app.Post("/pay/in-signed", a.ReceiveSigned)
	app.Post("/inv/in", a.Handle) // want `payment webhook handler a.Handle \(package m19notice/api\) mounted on POST /inv/in verifies no signature`
	app.Post("/inv/in-tokened", a.HandleTokened)
	app.Post("/packing/state", a.Apply)
	_ = app.Listen(":3000")
}
