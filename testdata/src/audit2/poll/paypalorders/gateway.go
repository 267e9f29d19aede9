// Package paypalorders drives PayPal orders for the invoice portal.
package paypalorders

import (
	"context"
	"errors"
	"time"

	"github.com/plutov/paypal/v4"
)

// ErrVoided means the buyer's order was voided by PayPal.
var ErrVoided = errors.New("paypal order voided")

// Gateway wraps the PayPal client.
type Gateway struct {
	pp *paypal.Client
}

// NewGateway logs in with the app credentials.
func NewGateway(id, secret string) (*Gateway, error) {
	c, err := paypal.NewClient(id, secret, paypal.APIBaseSandBox)
	if err != nil {
		return nil, err
	}
	return &Gateway{pp: c}, nil
}

// AwaitCompletion waits for an order captured by the JS SDK on the client.
func (g *Gateway) AwaitCompletion(ctx context.Context, orderID string) (*paypal.Order, error) {
	for {
		o, err := g.pp.GetOrder(ctx, orderID)
		if err != nil {
			return nil, err
		}
		switch o.Status {
		case paypal.OrderStatusCompleted:
			return o, nil
		case paypal.OrderStatusVoided:
			return o, ErrVoided
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(1 * time.Second): // want "\\[pollinterval\\] payment status polled every 1s"
		}
	}
}
