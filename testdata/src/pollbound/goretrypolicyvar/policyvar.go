// Package goretrypolicyvar: sethvargo/go-retry policies held in a local
// variable before retry.Do polls a Stripe PaymentIntent. go-retry's
// middlewares (WithMaxRetries, WithMaxDuration) return a new Backoff and
// change none, so a variable set once from NewExponential is as uncapped
// as the constructor written in the call.
package goretrypolicyvar

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sethvargo/go-retry"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var errFailed = errors.New("payment failed")

// closeShift: an uncapped exponential policy on a background context:
// an intent stuck in processing keeps the shift close-out waiting forever.
func closeShift(id string) (*stripe.PaymentIntent, error) {
	ctx := context.Background()
	b := retry.NewExponential(2 * time.Second)
	var final *stripe.PaymentIntent
	err := retry.Do(ctx, b, func(ctx context.Context) error { // want `retry.Do polling payment id has no bound: no ctx.Done\(\), deadline, attempt cap or timeout`
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return retry.RetryableError(err)
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			final = pi
			return nil
		case stripe.PaymentIntentStatusCanceled:
			return errFailed
		}
		return retry.RetryableError(fmt.Errorf("intent %s is %s", id, pi.Status))
	})
	return final, err
}

// nightlySweep: a jittered constant policy with no cap, declared as a
// var, on context.TODO().
func nightlySweep(id string) error {
	var policy = retry.WithJitter(time.Second, retry.NewConstant(5*time.Second))
	return retry.Do(context.TODO(), policy, func(ctx context.Context) error { // want `retry.Do polling payment id has no bound`
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return retry.RetryableError(err)
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return nil
		}
		return retry.RetryableError(errors.New("not final"))
	})
}

// closeShiftCapped: the variable holds a capped policy: silent.
func closeShiftCapped(id string) error {
	b := retry.WithMaxRetries(20, retry.NewExponential(2*time.Second))
	return retry.Do(context.Background(), b, func(ctx context.Context) error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return retry.RetryableError(err)
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return nil
		case stripe.PaymentIntentStatusCanceled:
			return errFailed
		}
		return retry.RetryableError(errors.New("not final"))
	})
}

// closeShiftWithin: a policy capped in time: silent.
func closeShiftWithin(id string) error {
	b := retry.WithMaxDuration(10*time.Minute, retry.NewExponential(2*time.Second))
	return retry.Do(context.Background(), b, func(ctx context.Context) error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return retry.RetryableError(err)
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return nil
		case stripe.PaymentIntentStatusCanceled:
			return errFailed
		}
		return retry.RetryableError(errors.New("not final"))
	})
}

// closeShiftWrapped: the variable is capped after its definition (b =
// retry.WithMaxRetries(…, b)): silent.
func closeShiftWrapped(id string) error {
	b := retry.NewExponential(2 * time.Second)
	b = retry.WithMaxRetries(15, b)
	return retry.Do(context.Background(), b, func(ctx context.Context) error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return retry.RetryableError(err)
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return nil
		case stripe.PaymentIntentStatusCanceled:
			return errFailed
		}
		return retry.RetryableError(errors.New("not final"))
	})
}

// closeShiftCaller: an uncapped policy under the caller's context, which
// the caller bounds: silent.
func closeShiftCaller(ctx context.Context, id string) error {
	b := retry.NewExponential(2 * time.Second)
	return retry.Do(ctx, b, func(ctx context.Context) error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return retry.RetryableError(err)
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return nil
		case stripe.PaymentIntentStatusCanceled:
			return errFailed
		}
		return retry.RetryableError(errors.New("not final"))
	})
}
