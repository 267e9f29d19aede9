// Package app retries psp's writes; the key is a field of the request the
// caller fills, once or on every attempt.
package app

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"

	"idempotency/crosspkgkey/psp"
)

// --- flagged ---

func keyPerAttempt(ctx context.Context, c *psp.Client, cr *psp.ChargeRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		cr.IdempotencyKey = uuid.NewString()
		if err := c.Charge(ctx, cr); err == nil { // want `psp.Client.Charge \(POST /v1/charges\) is retried by a for loop \(line 19\) with an idempotency key made anew on every attempt`
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

func literalPerAttempt(ctx context.Context, c *psp.Client, customer string) error {
	for attempt := 0; attempt < 3; attempt++ {
		err := c.Charge(ctx, &psp.ChargeRequest{Customer: customer, Amount: 100, IdempotencyKey: uuid.NewString()}) // want `is retried by a for loop \(line 30\) with an idempotency key made anew on every attempt`
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

func noKeyField(ctx context.Context, c *psp.Client, customer string) error {
	cr := &psp.ChargeRequest{Customer: customer, Amount: 100}
	for attempt := 0; attempt < 3; attempt++ {
		if err := c.Charge(ctx, cr); err == nil { // want `is retried by a for loop \(line 42\) without an idempotency key`
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

func valuePerAttempt(ctx context.Context, c *psp.Client, charge string) error {
	return backoff.Retry(func() error {
		return c.CreateRefund(ctx, psp.Refund{Charge: charge, Key: uuid.NewString()}) // want `psp.Client.CreateRefund \(POST /v1/refunds\) is retried by backoff.Retry \(line 52\) with an idempotency key made anew on every attempt`
	}, backoff.NewExponentialBackOff())
}

// --- silent ---

// keyOnce: the field is set once before the retry; every attempt sends it.
func keyOnce(ctx context.Context, c *psp.Client, customer string) error {
	cr := &psp.ChargeRequest{Customer: customer, Amount: 100, IdempotencyKey: uuid.NewString()}
	for attempt := 0; attempt < 3; attempt++ {
		if err := c.Charge(ctx, cr); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

// keySetBefore: the field is assigned once before the retry.
func keySetBefore(ctx context.Context, c *psp.Client, cr *psp.ChargeRequest) error {
	cr.IdempotencyKey = uuid.NewString()
	return backoff.Retry(func() error { return c.Charge(ctx, cr) }, backoff.NewExponentialBackOff())
}

// callerKey: the caller's request already carries its key.
func callerKey(ctx context.Context, c *psp.Client, cr *psp.ChargeRequest) error {
	return backoff.Retry(func() error { return c.Charge(ctx, cr) }, backoff.NewExponentialBackOff())
}

// valueOnce: a refund value with its key made once.
func valueOnce(ctx context.Context, c *psp.Client, charge string) error {
	rf := psp.Refund{Charge: charge, Key: "refund-" + charge}
	return backoff.Retry(func() error { return c.CreateRefund(ctx, rf) }, backoff.NewExponentialBackOff())
}

// perOrder: a new key per order in a loop over orders is one key per
// payment, not a retry.
func perOrder(ctx context.Context, c *psp.Client, customers []string) {
	for _, cu := range customers {
		cr := &psp.ChargeRequest{Customer: cu, Amount: 100, IdempotencyKey: uuid.NewString()}
		_ = c.Charge(ctx, cr)
	}
}

// stableDerived: a key derived from the customer inside the retry is the
// same on every attempt.
func stableDerived(ctx context.Context, c *psp.Client, customer string) error {
	for attempt := 0; attempt < 3; attempt++ {
		if err := c.Charge(ctx, &psp.ChargeRequest{Customer: customer, IdempotencyKey: "charge-" + customer}); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

// otherFieldFresh: a new request id beside a stable key is no new key.
func otherFieldFresh(ctx context.Context, c *psp.Client, customer string) error {
	for attempt := 0; attempt < 3; attempt++ {
		cr := &psp.TracedRequest{RequestID: uuid.NewString(), Customer: customer, IdempotencyKey: "charge-" + customer}
		if err := c.ChargeTraced(ctx, cr); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

// defaulted: the wrapper fills the key when the caller left it empty; the
// caller's empty field is not "no key" (the wrapper's own key is judged).
func defaulted(ctx context.Context, c *psp.Client, customer string) error {
	cr := &psp.ChargeRequest{Customer: customer, Amount: 100}
	return backoff.Retry(func() error { return c.ChargeDefaulted(ctx, cr) }, backoff.NewExponentialBackOff())
}

// filledByHelper: a helper of the caller fills the key before the retry.
func filledByHelper(ctx context.Context, c *psp.Client, customer string) error {
	cr := &psp.ChargeRequest{Customer: customer, Amount: 100}
	assignKey(cr)
	for attempt := 0; attempt < 3; attempt++ {
		if err := c.Charge(ctx, cr); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

func assignKey(cr *psp.ChargeRequest) { cr.IdempotencyKey = "charge-" + cr.Customer }
