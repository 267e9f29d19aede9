// Package live mounts the dispute webhook with Stripe refunds in line.
package live

import (
	"os"

	"github.com/labstack/echo/v4"

	"ctorusecase/refunds"
	"ctorusecase/web"
)

// Mount binds the use case the constructor builds: the refund at Stripe
// runs before the webhook answers.
func Mount(e *echo.Echo) {
	d := &web.Disputes{
		Secret:  os.Getenv("STRIPE_WEBHOOK_SECRET"),
		Refunds: refunds.NewStripeRefunds("fraudulent"), // want `bound here to refunds.stripeRefunds.Reverse, which calls the payment provider`
	}
	e.POST("/stripe/disputes", d.Closed)
}
