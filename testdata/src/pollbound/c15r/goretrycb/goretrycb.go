// Package goretrycb: sethvargo/go-retry callbacks polling a Stripe
// PaymentIntent, judged by their returns as a loop is by its exits: nil
// and a plain error end retry.Do, only a RetryableError goes round.
package goretrycb

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sethvargo/go-retry"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var errNotYet = errors.New("payment intent not settled yet")

// settleConstant: done only on succeeded; canceled and
// requires_payment_method (a declined card) are retried every 3s until
// the caller's context ends.
func settleConstant(ctx context.Context, id string) error {
	return retry.Constant(ctx, 3*time.Second, func(ctx context.Context) error { // want `retry.Constant polling payment id stops only when the payment succeeds \(line 29\): a payment that ends FAILED, expired or canceled keeps it polling; return on the failed terminal states too`
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return retry.RetryableError(err)
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		return retry.RetryableError(errNotYet)
	})
}

// settledValue: a switch whose only case leaving is succeeded, every other
// status handed back as retryable.
func settledValue(ctx context.Context, intentID string) (*stripe.PaymentIntent, error) {
	b := retry.WithMaxRetries(40, retry.NewFibonacci(2*time.Second))
	return retry.DoValue(ctx, b, func(ctx context.Context) (*stripe.PaymentIntent, error) { // want `retry.DoValue polling payment intentID stops only when the payment succeeds \(line 46\)`
		pi, err := paymentintent.Get(intentID, nil)
		if err != nil {
			return nil, retry.RetryableError(err)
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		default:
			return nil, retry.RetryableError(fmt.Errorf("intent %s is %s", intentID, pi.Status))
		}
	})
}

// Silent: a canceled intent returns a plain error, which ends retry.Do.
func settleOrCanceled(ctx context.Context, id string) error {
	return retry.Constant(ctx, 3*time.Second, func(ctx context.Context) error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return retry.RetryableError(err)
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		if pi.Status == stripe.PaymentIntentStatusCanceled {
			return fmt.Errorf("intent %s canceled", id)
		}
		return retry.RetryableError(errNotYet)
	})
}

// Silent: the switch leaves on canceled with a non-retryable error.
func settledOrFailed(ctx context.Context, intentID string) (*stripe.PaymentIntent, error) {
	b := retry.WithMaxDuration(10*time.Minute, retry.NewExponential(2*time.Second))
	return retry.DoValue(ctx, b, func(ctx context.Context) (*stripe.PaymentIntent, error) {
		pi, err := paymentintent.Get(intentID, nil)
		if err != nil {
			return nil, retry.RetryableError(err)
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusCanceled:
			return nil, errors.New("payment intent canceled")
		default:
			return nil, retry.RetryableError(errNotYet)
		}
	})
}

// Silent: every status but the two in flight ends the retries (nil), and
// the caller reads which one it was.
func untilFinal(ctx context.Context, id string) error {
	return retry.Constant(ctx, 3*time.Second, func(ctx context.Context) error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return retry.RetryableError(err)
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing || pi.Status == stripe.PaymentIntentStatusRequiresAction {
			return retry.RetryableError(errNotYet)
		}
		return nil
	})
}
