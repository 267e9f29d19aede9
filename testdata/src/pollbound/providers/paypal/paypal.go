// Package paypal: poll loops over a paypal payment's status read.
package paypal

import (
	"context"
	"time"

	"github.com/plutov/paypal/v4"
)

// No bound: a payment stuck pending is polled forever.
func forever(ctx context.Context, c *paypal.Client, id string) {
	for { // want `loop polling payment id has no bound`
		o, err := c.GetOrder(ctx, id)
		if err == nil && (o.Status == paypal.OrderStatusCompleted || o.Status == "VOIDED") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Only success ends it.
func onlySuccess(ctx context.Context, c *paypal.Client, id string) {
	for i := 0; i < 60; i++ { // want `loop polling payment id stops only when the payment succeeds`
		o, err := c.GetOrder(ctx, id)
		if err == nil && o.Status == paypal.OrderStatusCompleted {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: both terminal outcomes end it, and it gives up after 60 reads.
func bounded(ctx context.Context, c *paypal.Client, id string) {
	for i := 0; i < 60; i++ {
		o, err := c.GetOrder(ctx, id)
		if err == nil && (o.Status == paypal.OrderStatusCompleted || o.Status == "VOIDED") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: an APPROVED order is approved by the buyer and still to be
// captured; ending the poll there is not ending on success.
func onlyApproved(ctx context.Context, c *paypal.Client, id string) {
	for i := 0; i < 60; i++ {
		o, err := c.GetOrder(ctx, id)
		if err == nil && o.Status == paypal.OrderStatusApproved {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
