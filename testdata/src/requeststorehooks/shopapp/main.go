// Command shopapp mounts the Stripe and Paystack hooks behind the
// middlewares that verify them and hand the event on (silent), and, for
// an old integration, the Stripe hook on a bare route too (reported
// there: no verified event is put in its request store on that route).
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"

	"requeststorehooks/orderhooks"
	"requeststorehooks/tiphooks"
)

func main() {
	db := &sql.DB{}
	r := gin.New()
	orders := &orderhooks.OrderHooks{DB: db}
	hooks := r.Group("/hooks")
	hooks.POST("/stripe", orderhooks.VerifyStripe(os.Getenv("STRIPE_WEBHOOK_SECRET")), orders.CheckoutCompleted)
	hooks.POST("/stripe/v1", orders.CheckoutCompleted) // want `payment webhook handler orders.CheckoutCompleted \(package requeststorehooks/orderhooks\) mounted on POST /hooks/stripe/v1 verifies no signature, and no middleware on this route does`

	e := echo.New()
	tips := &tiphooks.TipHooks{DB: db}
	e.POST("/hooks/paystack", tips.ChargeSuccess, tiphooks.Signed(os.Getenv("PAYSTACK_SECRET")))

	go func() { _ = r.Run(os.Getenv("ADDR")) }()
	_ = e.Start(os.Getenv("TIPS_ADDR"))
}
