// Package dues charges club membership dues with stripe-go's package-level
// API, waiting for each charge through a function that gives up (false,
// nil) while the intent may still be processing, and charging again on
// the next pass. stripe-go adds a new random key to each call that sets
// none: every pass is a new payment to Stripe.
package dues

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var errDeclined = errors.New("dues: declined")

// settled reads the intent every 3s until it is final; after twenty
// reads it gives up with (false, nil): the intent may still be processing.
func settled(ctx context.Context, id string) (bool, error) {
	for i := 0; i < 20; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return false, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return true, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return false, errDeclined
		}
		time.Sleep(3 * time.Second)
	}
	return false, nil
}

func params(member, pm string, cents int64) *stripe.PaymentIntentParams {
	return &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(cents),
		Currency:      stripe.String("eur"),
		Customer:      stripe.String(member),
		PaymentMethod: stripe.String(pm),
		Confirm:       stripe.Bool(true),
	}
}

// ChargeDues sets no key: charged again after settled gives up.
func ChargeDues(ctx context.Context, member, pm string, cents int64) (string, error) {
	for pass := 0; pass < 2; pass++ {
		pi, err := paymentintent.New(&stripe.PaymentIntentParams{ // want `paymentintent.New is made again on every pass of the loop \(line 50\) after dues.settled \(line 61\) gives up while the payment may still be pending, without an idempotency key: stripe-go adds a new random key to each call`
			Amount:        stripe.Int64(cents),
			Currency:      stripe.String("eur"),
			Customer:      stripe.String(member),
			PaymentMethod: stripe.String(pm),
			Confirm:       stripe.Bool(true),
		})
		if err != nil {
			return "", err
		}
		ok, err := settled(ctx, pi.ID)
		if err != nil {
			return "", err
		}
		if ok {
			return pi.ID, nil
		}
	}
	return "", errors.New("dues: still processing")
}

// ChargeDuesKeyed sets one key, made from the dues period before the
// loop: Stripe answers the second pass with the first intent. Silent.
func ChargeDuesKeyed(ctx context.Context, member, pm, period string, cents int64) (string, error) {
	key := "dues-" + member + "-" + period
	for pass := 0; pass < 2; pass++ {
		p := params(member, pm, cents)
		p.SetIdempotencyKey(key)
		pi, err := paymentintent.New(p)
		if err != nil {
			return "", err
		}
		ok, err := settled(ctx, pi.ID)
		if err != nil {
			return "", err
		}
		if ok {
			return pi.ID, nil
		}
	}
	return "", errors.New("dues: still processing")
}

// ChargeDuesOnce leaves the loop when the waiter gives up: the create runs
// once per pass that ended in a decline already returned. Silent.
func ChargeDuesOnce(ctx context.Context, member, pm string, cents int64) (string, error) {
	for pass := 0; pass < 2; pass++ {
		pi, err := paymentintent.New(params(member, pm, cents))
		if err != nil {
			return "", err
		}
		ok, err := settled(ctx, pi.ID)
		if err != nil || !ok {
			return pi.ID, err // still processing: the caller follows it by id
		}
		return pi.ID, nil
	}
	return "", nil
}
