// Command app binds the tickets' check to a wrapper that drops PayPal's
// verdict: reported where it is bound.
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"

	"e20dropverdict/ppcheck"
	"e20wiredverifier/tickets"
)

func main() {
	client, _ := paypal.NewClient(os.Getenv("PAYPAL_ID"), os.Getenv("PAYPAL_SECRET"), paypal.APIBaseSandBox)
	chk := &ppcheck.Checker{C: client, WebhookID: os.Getenv("PAYPAL_WEBHOOK_ID")}
	hooks := tickets.NewPayPalHooks(chk, &sql.DB{}) // want `payment webhook PayPalHooks.Captured checks only the error of its verifier, whose verdict is another result .PayPal's VerificationStatus., before paid state stored by sql.DB.ExecContext .hooks.go:48., its check PayPalHooks.checker.Verify bound here to ppcheck.Checker.Verify`
	r := gin.New()
	r.POST("/webhooks/paypal", hooks.Captured)
	_ = r.Run()
}
