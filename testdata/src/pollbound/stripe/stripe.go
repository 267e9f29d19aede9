package stripe

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	backoffv5 "github.com/cenkalti/backoff/v5"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var errPending = errors.New("still processing")

func noBound(id string) (*stripe.PaymentIntent, error) {
	for { // want `loop polling payment id has no bound`
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return pi, nil
		}
		time.Sleep(5 * time.Second)
	}
}

func constantBackoffForever(id string) error {
	return backoff.Retry(func() error { // want `backoff.Retry polling payment id has no bound: .*; bound the policy with backoff.WithMaxRetries or backoff.WithContext, then escalate`
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return errPending
		}
		return nil
	}, backoff.NewConstantBackOff(5*time.Second))
}

func tickerForever(id string, done func(*stripe.PaymentIntent)) {
	t := time.NewTicker(5 * time.Second)
	for range t.C { // want `loop polling payment id stops only when the payment succeeds \(line 51\): .* and it has no bound \(no ctx.Done\(\), deadline, attempt cap or timeout, and read errors are swallowed \(line 46\)\)`
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			continue
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			done(pi)
			return
		}
	}
}

// Silent look-alikes.

func attemptCap(id string) (*stripe.PaymentIntent, error) {
	const maxAttempts = 60
	for i := 0; i < maxAttempts; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return pi, nil
		}
		time.Sleep(5 * time.Second)
	}
	return nil, errPending
}

func outerTimeout(id string) (*stripe.PaymentIntent, error) {
	timeout := time.After(10 * time.Minute)
	for {
		select {
		case <-timeout:
			return nil, errPending
		case <-time.After(5 * time.Second):
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			continue
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled:
			return pi, nil
		}
	}
}

func retrieveWithContext(sc *stripe.Client, ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	for {
		pi, err := sc.V1PaymentIntents.Retrieve(ctx, id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status != stripe.PaymentIntentStatusProcessing {
			return pi, nil
		}
		time.Sleep(5 * time.Second)
	}
}

func cappedBackoff(id string) error {
	return backoff.Retry(func() error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return errPending
		}
		return nil
	}, backoff.WithMaxRetries(backoff.NewConstantBackOff(5*time.Second), 120))
}

func exponentialBackoff(id string) error {
	return backoff.Retry(func() error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return backoff.Permanent(err)
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return errPending
		}
		return nil
	}, backoff.NewExponentialBackOff())
}

func deadlineLoopCondition(id string) (*stripe.PaymentIntent, error) {
	start := time.Now()
	for time.Since(start) < 2*time.Hour {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return pi, nil
		}
		time.Sleep(5 * time.Minute)
	}
	return nil, errPending
}

func v5NoElapsedLimit(id string) (*stripe.PaymentIntent, error) {
	return backoffv5.Retry(context.Background(), func() (*stripe.PaymentIntent, error) { // want `backoff.Retry polling payment id has no bound`
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return nil, errPending
		}
		return pi, nil
	}, backoffv5.WithBackOff(backoffv5.NewConstantBackOff(5*time.Second)), backoffv5.WithMaxElapsedTime(0))
}

// Silent: v5 stops after 15 minutes by default.
func v5Default(id string) (*stripe.PaymentIntent, error) {
	return backoffv5.Retry(context.Background(), func() (*stripe.PaymentIntent, error) {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return nil, errPending
		}
		return pi, nil
	}, backoffv5.WithBackOff(backoffv5.NewConstantBackOff(5*time.Second)))
}

func onlySucceeded(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	for { // want `loop polling payment id stops only when the payment succeeds \(line 185\): a payment that ends FAILED, expired or canceled keeps it polling; return on the failed terminal states too`
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return pi, nil
		}
	}
}

func onlySucceededForever(id string) *stripe.PaymentIntent {
	for { // want `loop polling payment id stops only when the payment succeeds \(line 194\): .* keeps it polling and it has no bound`
		pi, err := paymentintent.Get(id, nil)
		if err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded {
			return pi
		}
		time.Sleep(5 * time.Second)
	}
}

func conditionOnlySucceeded(ctx context.Context, id string) error {
	var pi *stripe.PaymentIntent
	for pi == nil || pi.Status != stripe.PaymentIntentStatusSucceeded { // want `stops only when the payment succeeds`
		if err := ctx.Err(); err != nil {
			return err
		}
		p, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		pi = p
		time.Sleep(5 * time.Second)
	}
	return nil
}

// Silent: the failure is handled, even if apart from the exit.
func failedHandledApart(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusRequiresPaymentMethod {
			return nil, errors.New("payment failed")
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return pi, nil
		}
	}
}

func isComplete(pi *stripe.PaymentIntent) bool {
	return pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled
}

// Silent: a helper decides; it may cover the failed states too.
func helperDecides(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if isComplete(pi) {
			return pi, nil
		}
	}
}
