// Package app wires the food-delivery API together.
package app

import (
	"context"

	"github.com/gofiber/fiber/v2"
	"gorm.io/gorm"

	"audit7/fooddelivery/checkout"
	"audit7/fooddelivery/orders"
	"audit7/fooddelivery/razorpayhooks"
	"audit7/fooddelivery/upigw"
)

type tabletPush struct{}

func (tabletPush) NewTicket(ctx context.Context, orderID string) error { return nil }

func Build(db *gorm.DB, gw upigw.Config) *fiber.App {
	app := fiber.New()
	h := &checkout.Handler{
		Orders:  orders.NewService(db, tabletPush{}),
		Gateway: upigw.New(gw),
	}
	h.Mount(app.Group("/api"))
	razorpayhooks.Register(app, razorpayhooks.NewHooks(razorpayhooks.ConfigFromEnv(), db), &razorpayhooks.TabletHooks{DB: db})
	return app
}
