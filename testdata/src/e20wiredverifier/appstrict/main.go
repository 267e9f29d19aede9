// Command appstrict binds the tickets' check to a wrapper testing
// PayPal's VerificationStatus: silent.
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"

	"e20wiredverifier/ppstrict"
	"e20wiredverifier/tickets"
)

func main() {
	client, _ := paypal.NewClient(os.Getenv("PAYPAL_ID"), os.Getenv("PAYPAL_SECRET"), paypal.APIBaseSandBox)
	hooks := tickets.NewPayPalHooks(&ppstrict.Checker{C: client, WebhookID: os.Getenv("PAYPAL_WEBHOOK_ID")}, &sql.DB{})
	r := gin.New()
	r.POST("/webhooks/paypal", hooks.Captured)
	_ = r.Run()
}
