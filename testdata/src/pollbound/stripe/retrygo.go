package stripe

import (
	"context"
	"time"

	retrygo "github.com/avast/retry-go/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// untilSucceeded: retry-go v4.7.0 with UntilSucceeded() retries until
// the operation succeeds, stopped only by Context(ctx), here none.
func untilSucceeded(id string) error {
	return retrygo.Do(func() error { // want `retry.Do polling payment id has no bound: .*; pass the helper a context with a deadline \(or an attempt cap\), then escalate`
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return nil
		}
		return errPending
	}, retrygo.UntilSucceeded(), retrygo.Delay(5*time.Second))
}

// Silent: the caller's context ends it.
func untilSucceededCtx(ctx context.Context, id string) error {
	return retrygo.Do(func() error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return nil
		}
		return errPending
	}, retrygo.UntilSucceeded(), retrygo.Context(ctx), retrygo.Delay(5*time.Second))
}

// Silent: retry-go's default of 10 attempts.
func defaultAttempts(id string) error {
	return retrygo.Do(func() error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return nil
		}
		return errPending
	}, retrygo.Delay(5*time.Second))
}
