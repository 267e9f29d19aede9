// Package gocardless: application retries around gocardless-pro-go, which
// sends a new random key with every write made without one and retries
// each call itself with that one key.
package gocardless

import (
	"context"
	"errors"
	"time"

	backoff4 "github.com/cenkalti/backoff/v4"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/google/uuid"
)

// --- flagged ---

// The SDK makes a new key per call: each attempt is a new payment.
func createWithRetry(ctx context.Context, gc *gocardless.Service, p gocardless.PaymentCreateParams) (*gocardless.Payment, error) {
	for attempt := 0; attempt < 3; attempt++ {
		pay, err := gc.Payments.Create(ctx, p) // want `gocardless Payments.Create is retried by a for loop \(line 20\) without an idempotency key: gocardless-pro-go adds a new random key to each call, so each attempt gets a different key and a retry after a lost response can charge twice; pass gocardless.WithIdempotencyKey\(key\)`
		if err == nil {
			return pay, nil
		}
		time.Sleep(time.Second)
	}
	return nil, errors.New("gave up")
}

func createWithBackoff(ctx context.Context, gc *gocardless.Service, p gocardless.PaymentCreateParams) error {
	return backoff4.Retry(func() error {
		_, err := gc.Payments.Create(ctx, p, gocardless.WithRetries(1)) // want `is retried by backoff.Retry \(line 31\) without an idempotency key: gocardless-pro-go adds a new random key`
		return err
	}, backoff4.NewExponentialBackOff())
}

func keyPerAttempt(ctx context.Context, gc *gocardless.Service, p gocardless.PaymentCreateParams) error {
	var err error
	for i := 0; i < 3; i++ {
		key := uuid.NewString()
		if _, err = gc.Payments.Create(ctx, p, gocardless.WithIdempotencyKey(key)); err == nil { // want `is retried by a for loop \(line 39\) with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
			return nil
		}
	}
	return err
}

func refundRetried(ctx context.Context, gc *gocardless.Service, paymentID string) error {
	var err error
	for i := 0; i < 3; i++ {
		r := gocardless.RefundCreateParams{Amount: 500, Links: gocardless.RefundCreateParamsLinks{Payment: paymentID}}
		if _, err = gc.Refunds.Create(ctx, r); err == nil { // want `gocardless Refunds.Create is retried by a for loop \(line 50\) without an idempotency key: gocardless-pro-go adds a new random key`
			return nil
		}
	}
	return err
}

// --- silent ---

func stableKey(ctx context.Context, gc *gocardless.Service, orderID string, p gocardless.PaymentCreateParams) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = gc.Payments.Create(ctx, p, gocardless.WithIdempotencyKey("order-"+orderID)); err == nil {
			return nil
		}
	}
	return err
}

func randomKeyOnce(ctx context.Context, gc *gocardless.Service, p gocardless.PaymentCreateParams) error {
	key := uuid.NewString()
	opt := gocardless.WithIdempotencyKey(key)
	return backoff4.Retry(func() error {
		_, err := gc.Payments.Create(ctx, p, opt)
		return err
	}, backoff4.NewExponentialBackOff())
}

// One call: the SDK's own retries re-send its one key.
func singleCall(ctx context.Context, gc *gocardless.Service, p gocardless.PaymentCreateParams) (*gocardless.Payment, error) {
	return gc.Payments.Create(ctx, p)
}

// Reads are safe to retry.
func retriedGet(ctx context.Context, gc *gocardless.Service, id string) (*gocardless.Payment, error) {
	for i := 0; i < 5; i++ {
		if pay, err := gc.Payments.Get(ctx, id); err == nil {
			return pay, nil
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errors.New("gave up")
}

// Options handed in may carry the key.
func optsFromCaller(ctx context.Context, gc *gocardless.Service, p gocardless.PaymentCreateParams, opts ...gocardless.RequestOption) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = gc.Payments.Create(ctx, p, opts...); err == nil {
			return nil
		}
	}
	return err
}

// One payment per mandate, not a retry.
func eachMandate(ctx context.Context, gc *gocardless.Service, mandates []string) {
	for _, m := range mandates {
		p := gocardless.PaymentCreateParams{Amount: 100, Links: gocardless.PaymentCreateParamsLinks{Mandate: m}}
		if _, err := gc.Payments.Create(ctx, p, gocardless.WithIdempotencyKey("m-"+m)); err != nil {
			continue
		}
	}
}

// --- through a wrapper ---

func chargeOnce(ctx context.Context, gc *gocardless.Service, p gocardless.PaymentCreateParams) error {
	_, err := gc.Payments.Create(ctx, p)
	return err
}

func viaWrapper(ctx context.Context, gc *gocardless.Service, p gocardless.PaymentCreateParams) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = chargeOnce(ctx, gc, p); err == nil { // want `gocardless.chargeOnce \(gocardless Payments.Create\) is retried by a for loop \(line 126\) without an idempotency key: gocardless-pro-go adds a new random key`
			return nil
		}
	}
	return err
}

func chargeWithKey(ctx context.Context, gc *gocardless.Service, p gocardless.PaymentCreateParams, key string) error {
	_, err := gc.Payments.Create(ctx, p, gocardless.WithIdempotencyKey(key))
	return err
}

func viaKeyedWrapper(ctx context.Context, gc *gocardless.Service, p gocardless.PaymentCreateParams, orderID string) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = chargeWithKey(ctx, gc, p, "order-"+orderID); err == nil {
			return nil
		}
	}
	return err
}

func viaKeyedWrapperFresh(ctx context.Context, gc *gocardless.Service, p gocardless.PaymentCreateParams) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = chargeWithKey(ctx, gc, p, uuid.NewString()); err == nil { // want `gocardless.chargeWithKey \(gocardless Payments.Create\) is retried by a for loop \(line 151\) with an idempotency key made anew on every attempt`
			return nil
		}
	}
	return err
}

// sdkKeyPerAttempt makes the key with the SDK's own random key maker
// inside the loop: a new key on every attempt.
func sdkKeyPerAttempt(ctx context.Context, gc *gocardless.Service, p gocardless.PaymentCreateParams) error {
	var err error
	for i := 0; i < 3; i++ {
		key := gocardless.NewIdempotencyKey()
		if _, err = gc.Payments.Create(ctx, p, gocardless.WithIdempotencyKey(key)); err == nil { // want `is retried by a for loop \(line 163\) with an idempotency key made anew on every attempt \(gocardless.NewIdempotencyKey\(\)`
			return nil
		}
	}
	return err
}

// sdkKeyOnce makes the SDK's random key once, before retrying: safe.
func sdkKeyOnce(ctx context.Context, gc *gocardless.Service, p gocardless.PaymentCreateParams) error {
	key := gocardless.NewIdempotencyKey()
	var err error
	for i := 0; i < 3; i++ {
		if _, err = gc.Payments.Create(ctx, p, gocardless.WithIdempotencyKey(key)); err == nil {
			return nil
		}
	}
	return err
}
