// Command hookd ships orders from the webhook.
package main

import (
	"os"

	"github.com/gin-gonic/gin"

	"w24ackdup/fulfil"
	"w24ackdup/hooks"
)

func main() {
	svc := fulfil.NewService(fulfil.NewCourier(os.Getenv("COURIER_URL")))
	r := gin.New()
	hooks.NewStripe(os.Getenv("STRIPE_WEBHOOK_SECRET"), svc).Mount(r) // want `webhook handler calls hooks.Shipper.ShipOrder \(hooks.go:59, in hooks.Stripe.Completed\), bound here to fulfil.Service.ShipOrder, which calls fulfil.Courier.Book, which calls an external API \(http.Client.Do\) before answering`
	_ = r.Run(":8080")
}
