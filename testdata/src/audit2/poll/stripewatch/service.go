// Package stripewatch waits for PaymentIntents of the in-store terminal flow.
package stripewatch

import (
	"context"
	"errors"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// ErrDeclined is returned when the card was declined.
var ErrDeclined = errors.New("card declined")

// Terminal drives card-present payments.
type Terminal struct {
	pollEvery time.Duration
}

// New builds the terminal service.
func New() *Terminal { return &Terminal{pollEvery: 2 * time.Second} }

// WaitForIntent is the reference implementation the team copies.
func (t *Terminal) WaitForIntent(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	tick := time.NewTicker(t.pollEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return pi, ErrDeclined
		}
	}
}

// ConfirmAndWait is used by the kiosk: it waits on the reader result.
func (t *Terminal) ConfirmAndWait(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	ticker := time.NewTicker(time.Second) // want "\\[pollinterval\\] payment status polled every 1s"
	defer ticker.Stop()
	for { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds"
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-ticker.C:
			pi, err := paymentintent.Get(id, nil)
			if err != nil {
				return nil, err
			}
			if pi.Status == stripe.PaymentIntentStatusSucceeded {
				return pi, nil
			}
		}
	}
}
