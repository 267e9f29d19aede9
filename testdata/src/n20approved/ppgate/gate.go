// Package ppgate reads and captures the choir's PayPal orders.
package ppgate

import (
	"context"

	"github.com/plutov/paypal/v4"
)

// Gate wraps the PayPal client.
type Gate struct{ c *paypal.Client }

// Lookup reads an order back from PayPal.
func (g *Gate) Lookup(ctx context.Context, id string) (*paypal.Order, error) {
	return g.c.GetOrder(ctx, id)
}

// Capture captures an approved order.
func (g *Gate) Capture(ctx context.Context, id string) (*paypal.CaptureOrderResponse, error) {
	return g.c.CaptureOrder(ctx, id, paypal.CaptureOrderRequest{})
}
