// Package app retries billing's writes: the write sits two calls and one
// package away from the retry.
package app

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"

	"idempotency/wrappers/billing"
)

func chargeOrder(ctx context.Context, o billing.Order) error {
	return billing.Charge(ctx, o)
}

// --- flagged ---

func checkout(ctx context.Context, o billing.Order) error {
	for attempt := 0; attempt < 3; attempt++ {
		if err := chargeOrder(ctx, o); err == nil { // want `POST /v1/charges.* is retried by a for loop \(line 23\) without an idempotency key`
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

func checkoutFreshKeyArg(ctx context.Context, o billing.Order) error {
	for attempt := 0; attempt < 3; attempt++ {
		err := billing.ChargeWithKey(ctx, o, uuid.NewString()) // want `POST /v1/charges.* is retried by a for loop \(line 33\) with an idempotency key made anew on every attempt`
		if err == nil {
			return nil
		}
	}
	return errors.New("gave up")
}

func checkoutFreshInside(ctx context.Context, o billing.Order) error {
	for attempt := 0; attempt < 3; attempt++ {
		if err := billing.ChargeFresh(ctx, o); err == nil { // want `POST /v1/charges.* is retried by a for loop \(line 43\) but ChargeFresh makes a new idempotency key on every call`
			return nil
		}
	}
	return errors.New("gave up")
}

func nightlyChargeByValue() error {
	return backoff.Retry(billing.ChargePending, backoff.NewExponentialBackOff()) // want `billing.ChargePending \(POST /v1/charges\) is retried by backoff.Retry \(line \d+\) without an idempotency key`
}

func nightlyChargeFreshByValue() error {
	return backoff.Retry(backoff.Operation(billing.ChargePendingFresh), backoff.NewExponentialBackOff()) // want `billing.ChargePendingFresh \(POST /v1/charges\) is retried by backoff.Retry \(line \d+\) but ChargePendingFresh makes a new idempotency key on every call`
}

// --- silent look-alikes ---

func nightlyChargeKeyedByValue() error {
	return backoff.Retry(billing.ChargePendingKeyed, backoff.NewExponentialBackOff())
}

func nightlyLookupByValue() error {
	return backoff.Retry(billing.LookupPending, backoff.NewExponentialBackOff())
}

func checkoutStableKey(ctx context.Context, o billing.Order) error {
	key := "charge-" + o.ID
	for attempt := 0; attempt < 3; attempt++ {
		if err := billing.ChargeWithKey(ctx, o, key); err == nil {
			return nil
		}
	}
	return errors.New("gave up")
}

func chargeAll(ctx context.Context, orders []billing.Order) {
	for _, o := range orders {
		if err := chargeOrder(ctx, o); err != nil {
			continue
		}
	}
}

// Calling a function whose client retries is reported where the request
// is sent (in billing), not again at every call.
func refundOnce(ctx context.Context, o billing.Order) error {
	return billing.Refund(ctx, o)
}
