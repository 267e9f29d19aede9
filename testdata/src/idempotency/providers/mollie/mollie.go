// Package mollie: application retries around the official Mollie SDK,
// which sets a new random key on every call made without one and retries
// a call itself with its one key.
package mollie

import (
	"context"
	"errors"
	"time"

	backoff4 "github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
	client "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
)

// --- flagged ---

func payWithRetry(ctx context.Context, s *client.Client, r *components.PaymentRequest) error {
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := s.Payments.Create(ctx, nil, nil, r); err == nil { // want `mollie Payments.Create is retried by a for loop \(line 20\) without an idempotency key: mollie-api-golang adds a new random key to each call, so each attempt gets a different key and a retry after a lost response can charge twice; pass an idempotencyKey made once before retrying`
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

func keyPerAttempt(ctx context.Context, s *client.Client, r *components.PaymentRequest) error {
	return backoff4.Retry(func() error {
		key := uuid.NewString()
		_, err := s.Payments.Create(ctx, nil, &key, r) // want `is retried by backoff.Retry \(line 30\) with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
		return err
	}, backoff4.NewExponentialBackOff())
}

func refundRetried(ctx context.Context, s *client.Client, paymentID string) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = s.Refunds.Create(ctx, paymentID, nil, &components.RefundRequest{}); err == nil { // want `mollie Refunds.Create is retried by a for loop \(line 39\) without an idempotency key: mollie-api-golang adds a new random key`
			return nil
		}
	}
	return err
}

// --- silent ---

func stableKey(ctx context.Context, s *client.Client, orderID string, r *components.PaymentRequest) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = s.Payments.Create(ctx, nil, client.String("order-"+orderID), r); err == nil {
			return nil
		}
	}
	return err
}

func randomKeyOnce(ctx context.Context, s *client.Client, r *components.PaymentRequest) error {
	key := uuid.NewString()
	return backoff4.Retry(func() error {
		_, err := s.Payments.Create(ctx, nil, &key, r)
		return err
	}, backoff4.NewExponentialBackOff())
}

// One call: the SDK's own retries re-send its one key.
func singleCall(ctx context.Context, s *client.Client, r *components.PaymentRequest) error {
	_, err := s.Payments.Create(ctx, nil, nil, r)
	return err
}

func keyFromCaller(ctx context.Context, s *client.Client, key *string, r *components.PaymentRequest) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = s.Payments.Create(ctx, nil, key, r); err == nil {
			return nil
		}
	}
	return err
}
