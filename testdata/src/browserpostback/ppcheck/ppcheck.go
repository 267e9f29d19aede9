// Package ppcheck holds the PayPal checks the shop's handlers share.
package ppcheck

import (
	"context"
	"errors"

	"github.com/plutov/paypal/v4"
)

// ErrNotCaptured: the order is not paid yet.
var ErrNotCaptured = errors.New("ppcheck: order not captured")

// CapturedOrder reads the order back from PayPal and answers it only when
// its payment was captured.
func CapturedOrder(ctx context.Context, c *paypal.Client, id string) (*paypal.Order, error) {
	o, err := c.GetOrder(ctx, id)
	if err != nil {
		return nil, err
	}
	if o.Status != paypal.OrderStatusCompleted {
		return nil, ErrNotCaptured
	}
	return o, nil
}
