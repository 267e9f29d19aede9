// Package paypal: polls of a PayPal order's status.
package paypal

import (
	"context"
	"time"

	"github.com/plutov/paypal/v4"
)

func fastPoll(ctx context.Context, c *paypal.Client, id string) {
	for i := 0; i < 100; i++ {
		o, err := c.GetOrder(ctx, id)
		if err == nil && o.Status == paypal.OrderStatusCompleted {
			return
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
}

func calmPoll(ctx context.Context, c *paypal.Client, id string) {
	for i := 0; i < 100; i++ {
		o, err := c.GetOrder(ctx, id)
		if err == nil && o.Status == paypal.OrderStatusCompleted {
			return
		}
		time.Sleep(4 * time.Second)
	}
}
