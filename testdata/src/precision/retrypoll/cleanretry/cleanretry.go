// Package cleanretry starts a clean new payment only after the previous one
// reached a terminal failure (the Hilt guide's recovery), with a key per
// checkout attempt; an error creating it stops the loop.
package cleanretry

import (
	"context"
	"errors"
	"fmt"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var ErrDeclined = errors.New("declined three times")

func await(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	for i := 0; i < 100; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return pi, nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil, errors.New("stuck")
}

// Checkout tries up to three clean checkouts.
func Checkout(ctx context.Context, orderID string, amount int64) (*stripe.PaymentIntent, error) {
	for attempt := 1; attempt <= 3; attempt++ {
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount), Currency: stripe.String("eur"), Confirm: stripe.Bool(true)}
		p.SetIdempotencyKey(fmt.Sprintf("checkout-%s-%d", orderID, attempt))
		pi, err := paymentintent.New(p)
		if err != nil {
			return nil, err
		}
		final, err := await(ctx, pi.ID)
		if err != nil {
			return nil, err
		}
		if final.Status == stripe.PaymentIntentStatusSucceeded {
			return final, nil
		}
	}
	return nil, ErrDeclined
}

// Inline polls in the same loop that creates, creating again only after
// the polled payment failed.
func Inline(ctx context.Context, orderID string, amount int64) (*stripe.PaymentIntent, error) {
	for attempt := 1; attempt <= 3; attempt++ {
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount), Currency: stripe.String("eur"), Confirm: stripe.Bool(true)}
		p.SetIdempotencyKey(fmt.Sprintf("checkout-%s-%d", orderID, attempt))
		pi, err := paymentintent.New(p)
		if err != nil {
			return nil, err
		}
	poll:
		for i := 0; i < 100; i++ {
			cur, err := paymentintent.Get(pi.ID, nil)
			if err != nil {
				return nil, err
			}
			switch cur.Status {
			case stripe.PaymentIntentStatusSucceeded:
				return cur, nil
			case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
				break poll
			}
			time.Sleep(3 * time.Second)
		}
	}
	return nil, ErrDeclined
}
