// Command paybillapp mounts the paybill hook behind the middleware that
// verifies the notice and hands it on in c.Locals (silent), and on a bare
// route too (reported there).
package main

import (
	"database/sql"
	"os"

	"github.com/gofiber/fiber/v2"

	"localsstorehooks/paybill"
)

func main() {
	h := &paybill.BillHooks{DB: &sql.DB{}}
	app := fiber.New()
	app.Post("/hooks/paybill", paybill.Signed(os.Getenv("PAYBILL_SECRET")), h.Paid)
	app.Post("/paybill/notify", h.Paid) // want `payment webhook handler h.Paid \(package localsstorehooks/paybill\) mounted on POST /paybill/notify verifies no signature`
	_ = app.Listen(os.Getenv("ADDR"))
}
