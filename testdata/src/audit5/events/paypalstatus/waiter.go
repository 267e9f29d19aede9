// Package paypalstatus waits for PayPal orders the buyer approved in the
// popup to reach a final state before the box office issues tickets.
package paypalstatus

import (
	"context"
	"errors"
	"time"

	"github.com/plutov/paypal/v4"
)

var ErrVoided = errors.New("paypal order voided")

type Waiter struct {
	pp *paypal.Client
}

func NewWaiter(pp *paypal.Client) *Waiter { return &Waiter{pp: pp} }

// WaitApproved is called by the checkout page's long-poll endpoint.
func (w *Waiter) WaitApproved(ctx context.Context, orderID string) (*paypal.Order, error) {
	ticker := time.NewTicker(300 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 300ms"
	defer ticker.Stop()
	for i := 0; i < 100; i++ {
		o, err := w.pp.GetOrder(ctx, orderID)
		if err != nil {
			return nil, err
		}
		switch o.Status {
		case paypal.OrderStatusApproved, paypal.OrderStatusCompleted:
			return o, nil
		case paypal.OrderStatusVoided:
			return nil, ErrVoided
		}
		<-ticker.C
	}
	return nil, errors.New("paypal: still waiting")
}

// WaitCompleted is used by the reconciliation job for orders that were
// captured asynchronously. It sleeps 3 seconds between reads.
func (w *Waiter) WaitCompleted(orderID string) (*paypal.Order, error) {
	for { // want "\\[pollbound\\] loop polling payment orderID stops only when the payment succeeds"
		o, err := w.pp.GetOrder(context.Background(), orderID)
		if err != nil {
			return nil, err
		}
		if o.Status == paypal.OrderStatusCompleted {
			return o, nil
		}
		time.Sleep(3 * time.Second)
	}
}

// WaitFinal is the bounded version used by the admin "resync" button.
func (w *Waiter) WaitFinal(ctx context.Context, orderID string) (*paypal.Order, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for {
		o, err := w.pp.GetOrder(ctx, orderID)
		if err != nil {
			return nil, err
		}
		if o.Status == paypal.OrderStatusCompleted || o.Status == paypal.OrderStatusVoided {
			return o, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
}
