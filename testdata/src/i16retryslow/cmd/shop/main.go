// Command shop binds the dispatchers to the Stripe webhooks.
package main

import (
	"database/sql"
	"os"

	"github.com/gin-gonic/gin"

	"i16retryslow/hooks"
	"i16retryslow/warehouse"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DSN"))
	secret := os.Getenv("STRIPE_WEBHOOK_SECRET")
	wh := warehouse.NewClient(os.Getenv("WAREHOUSE_API"))
	queue := warehouse.NewQueue(64)

	r := gin.New()
	r.POST("/webhooks/stripe/ship", hooks.NewShip(secret, wh).Completed) // want `webhook handler calls hooks.Dispatcher.Dispatch \(hooks.go:\d+, in hooks.Ship.Completed\), bound here to warehouse.Client.Dispatch, which retries through kit.Attempt a callback that calls an external API \(http.Client.Do\) before answering`
	r.POST("/webhooks/stripe/outbox", hooks.NewOutboxed(secret, warehouse.NewOutbox(db)).Completed)
	r.POST("/webhooks/stripe/queue", hooks.NewQueued(secret, queue).Completed)
	r.POST("/webhooks/stripe/background", hooks.NewDetached(secret, warehouse.NewBackground(wh)).Completed)
	r.POST("/webhooks/stripe/mixed", hooks.NewMixed(secret, wh).Completed)
	r.POST("/webhooks/stripe/mixed-queue", hooks.NewMixed(secret, queue).Completed)
	r.POST("/webhooks/stripe/later", hooks.NewLater(secret, wh).Completed)
	r.POST("/webhooks/stripe/direct", hooks.NewDirect(secret, wh).Completed)
	_ = r.Run(":8080")
}
