// Package paypal: a new paypal payment created while polling the old one.
package paypal

import (
	"context"
	"time"

	"github.com/plutov/paypal/v4"
)

// A new payment when the old one takes too long.
func recreate(ctx context.Context, c *paypal.Client, id string, units []paypal.PurchaseUnitRequest) {
	for i := 0; i < 60; i++ {
		o, err := c.GetOrder(ctx, id)
		if err == nil && (o.Status == paypal.OrderStatusCompleted || o.Status == "VOIDED") {
			return
		}
		if i == 30 {
			_, _ = c.CreateOrder(ctx, paypal.OrderIntentCapture, units, nil, nil) // want `new payment created inside the loop that polls payment id`
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: the payment is created once, before the poll of its id.
func createThenPoll(ctx context.Context, c *paypal.Client, id string, units []paypal.PurchaseUnitRequest) {
	_, _ = c.CreateOrder(ctx, paypal.OrderIntentCapture, units, nil, nil)
	for i := 0; i < 60; i++ {
		o, err := c.GetOrder(ctx, id)
		if err == nil && (o.Status == paypal.OrderStatusCompleted || o.Status == "VOIDED") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
