// Command api binds the loyalty use cases to the Stripe webhooks.
package main

import (
	"database/sql"
	"os"

	"github.com/labstack/echo/v4"

	"i16lookupcredit/hooks"
	"i16lookupcredit/loyalty"
	"i16lookupcredit/shopdb"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DSN"))
	secret := os.Getenv("STRIPE_WEBHOOK_SECRET")
	orders := shopdb.NewOrders(db)
	ledger := loyalty.NewLedger(db)

	e := echo.New()
	e.POST("/webhooks/stripe/loyalty", hooks.NewLoyalty(secret, orders, ledger).Succeeded) // want `webhook handler credits the balance \(hooks.Loyalty.Succeeded calls hooks.Rewarder.Grant \(hooks.go:\d+\), bound here to loyalty.Ledger.Grant: sql.DB.ExecContext: loyalty_points \+= …\) on every delivery of the event`
	e.POST("/webhooks/stripe/checked", hooks.NewChecked(secret, orders, ledger).Succeeded)
	e.POST("/webhooks/stripe/tiers", hooks.NewTiers(secret, orders, loyalty.NewTiers(db)).Succeeded)
	e.POST("/webhooks/stripe/shared", hooks.NewShared(secret, orders, ledger).Succeeded)
	e.POST("/webhooks/stripe/welcome", hooks.NewShared(secret, orders, loyalty.NewCapped(db)).Succeeded)
	_ = e.Start(":8080")
}
