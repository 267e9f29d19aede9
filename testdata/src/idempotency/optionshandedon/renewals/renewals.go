// Package renewals collects membership renewals through directdebit,
// retrying on failure. gocardless-pro-go draws a new Idempotency-Key for
// every call made without WithIdempotencyKey, so the options each call
// passes decide whether the attempts are one payment.
package renewals

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"idempotency/optionshandedon/directdebit"
)

// --- flagged ---

// renew passes no option: each attempt is a new key, a new payment.
func renew(ctx context.Context, c *directdebit.Collector, f directdebit.Fee) error {
	return backoff.Retry(func() error {
		_, err := c.Collect(ctx, f) // want `directdebit.Collector.Collect \(gocardless Payments.Create\) is retried by backoff.Retry \(line 22\) without an idempotency key: gocardless-pro-go`
		return err
	}, backoff.NewExponentialBackOff())
}

// renewQuietly passes an option, but not a key.
func renewQuietly(ctx context.Context, c *directdebit.Collector, f directdebit.Fee) error {
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := c.Collect(ctx, f, gocardless.WithoutRetries()); err == nil { // want `directdebit.Collector.Collect \(gocardless Payments.Create\) is retried by a for loop \(line 30\) without an idempotency key: gocardless-pro-go`
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return errors.New("renewal: gave up")
}

// collect hands its own options on: its callers' options decide.
func collect(ctx context.Context, c *directdebit.Collector, f directdebit.Fee, opts ...gocardless.RequestOption) error {
	_, err := c.Collect(ctx, f, opts...)
	return err
}

func renewThroughHelper(ctx context.Context, c *directdebit.Collector, f directdebit.Fee) error {
	return backoff.Retry(func() error {
		return collect(ctx, c, f) // want `renewals.collect \(gocardless Payments.Create\) is retried by backoff.Retry \(line 46\) without an idempotency key: gocardless-pro-go`
	}, backoff.NewExponentialBackOff())
}

// --- silent ---

// renewKeyed: a key made once from the fee, sent on every attempt.
func renewKeyed(ctx context.Context, c *directdebit.Collector, f directdebit.Fee) error {
	key := "renewal-" + f.ID
	return backoff.Retry(func() error {
		_, err := c.Collect(ctx, f, gocardless.WithIdempotencyKey(key))
		return err
	}, backoff.NewExponentialBackOff())
}

// renewKeyedInLoop: the key is derived from the fee inside the loop, the
// same on every attempt.
func renewKeyedInLoop(ctx context.Context, c *directdebit.Collector, f directdebit.Fee) error {
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := c.Collect(ctx, f, gocardless.WithoutRetries(), gocardless.WithIdempotencyKey("renewal-"+f.ID)); err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return errors.New("renewal: gave up")
}

// renewOnce: one call, no retry; the SDK's own retries keep its key.
func renewOnce(ctx context.Context, c *directdebit.Collector, f directdebit.Fee) error {
	_, err := c.Collect(ctx, f)
	return err
}

// renewWithCallersOptions: the options come from the caller.
func renewWithCallersOptions(ctx context.Context, c *directdebit.Collector, f directdebit.Fee, opts []gocardless.RequestOption) error {
	return backoff.Retry(func() error {
		_, err := c.Collect(ctx, f, opts...)
		return err
	}, backoff.NewExponentialBackOff())
}

// renewKeyedThroughHelper: the helper is handed a key made once.
func renewKeyedThroughHelper(ctx context.Context, c *directdebit.Collector, f directdebit.Fee) error {
	return backoff.Retry(func() error {
		return collect(ctx, c, f, gocardless.WithIdempotencyKey("renewal-"+f.ID))
	}, backoff.NewExponentialBackOff())
}
