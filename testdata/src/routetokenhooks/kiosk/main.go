// Command kiosk mounts the Daraja callbacks. Behind the callback-token
// middleware, made once and held in a local, they are verified (silent);
// behind a middleware that only logs, or that compares the token and lets
// a wrong one through, or on a route its sibling's middleware does not
// cover, they are not (reported at the route).
package main

import (
	"database/sql"
	"os"

	"github.com/gofiber/fiber/v2"

	"routetokenhooks/darajacb"
	"routetokenhooks/mpesahooks"
)

func main() {
	h := &mpesahooks.MpesaHooks{DB: &sql.DB{}}
	app := fiber.New()
	token := darajacb.CallbackToken(os.Getenv("DARAJA_CALLBACK_TOKEN"))
	hooks := app.Group("/hooks/daraja")
	hooks.Post("/stk", token, h.STKResult)
	hooks.Post("/b2c/result", token, h.PayoutResult)
	hooks.Post("/stk/logged", darajacb.RequestLog(), h.STKResult)                                       // want `payment webhook handler h.STKResult \(package routetokenhooks/mpesahooks\) mounted on POST /hooks/daraja/stk/logged verifies no signature`
	hooks.Post("/b2c/audited", darajacb.AuditToken(os.Getenv("DARAJA_CALLBACK_TOKEN")), h.PayoutResult) // want `payment webhook handler h.PayoutResult \(package routetokenhooks/mpesahooks\) mounted on POST /hooks/daraja/b2c/audited verifies no signature`
	app.Post("/daraja/stk", h.STKResult)                                                                // want `payment webhook handler h.STKResult \(package routetokenhooks/mpesahooks\) mounted on POST /daraja/stk verifies no signature`
	_ = app.Listen(os.Getenv("ADDR"))
}
