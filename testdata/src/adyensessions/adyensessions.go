// Package adyensessions opens Adyen Checkout sessions (POST /sessions,
// PaymentsApi.Sessions) for a web shop's Drop-in, keyed with the input
// builder's IdempotencyKey, under a retry helper and backoff.
package adyensessions

import (
	"context"
	"errors"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	backoff4 "github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

// Order is a basket being paid.
type Order struct {
	ID    string
	Cents int64
}

// Shop opens sessions.
type Shop struct {
	payments *checkout.PaymentsApi
	merchant string
}

// withRetry calls fn up to three times, waiting longer each time.
func withRetry[T any](ctx context.Context, fn func(context.Context) (T, error)) (T, error) {
	var zero T
	wait := time.Second
	for i := 0; i < 3; i++ {
		v, err := fn(ctx)
		if err == nil {
			return v, nil
		}
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return zero, errors.New("gave up")
}

func (s *Shop) body(o Order) checkout.CreateCheckoutSessionRequest {
	return checkout.CreateCheckoutSessionRequest{
		Amount:          checkout.Amount{Currency: "EUR", Value: o.Cents},
		MerchantAccount: s.merchant,
		Reference:       o.ID,
		ReturnUrl:       "https://shop.example/return?order=" + o.ID,
	}
}

// freshInput draws a new key on every call.
func (s *Shop) freshInput(o Order) checkout.PaymentsApiSessionsInput {
	return s.payments.SessionsInput().IdempotencyKey(uuid.NewString()).CreateCheckoutSessionRequest(s.body(o))
}

// orderInput keys the session by the order.
func (s *Shop) orderInput(o Order) checkout.PaymentsApiSessionsInput {
	return s.payments.SessionsInput().IdempotencyKey("session-" + o.ID).CreateCheckoutSessionRequest(s.body(o))
}

// --- reported ---

// OpenFresh builds the input, with a new key, on every attempt.
func (s *Shop) OpenFresh(ctx context.Context, o Order) (checkout.CreateCheckoutSessionResponse, error) {
	return withRetry(ctx, func(ctx context.Context) (checkout.CreateCheckoutSessionResponse, error) {
		r, _, err := s.payments.Sessions(ctx, s.freshInput(o)) // want `adyen PaymentsApi.Sessions is retried by withRetry \(line 70\) but freshInput makes a new idempotency key on every call`
		return r, err
	})
}

// OpenInlineKey attaches a new uuid inside the retried operation.
func (s *Shop) OpenInlineKey(ctx context.Context, o Order) error {
	return backoff4.Retry(func() error {
		in := s.payments.SessionsInput().IdempotencyKey(uuid.NewString()).CreateCheckoutSessionRequest(s.body(o))
		_, _, err := s.payments.Sessions(ctx, in) // want `adyen PaymentsApi.Sessions is retried by backoff.Retry \(line 78\) with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
		return err
	}, backoff4.NewExponentialBackOff())
}

// OpenNoKey retries a session with no key at all.
func (s *Shop) OpenNoKey(ctx context.Context, o Order) error {
	return backoff4.Retry(func() error {
		_, _, err := s.payments.Sessions(ctx, s.payments.SessionsInput().CreateCheckoutSessionRequest(s.body(o))) // want `adyen PaymentsApi.Sessions is retried by backoff.Retry \(line 87\) without an idempotency key`
		return err
	}, backoff4.NewExponentialBackOff())
}

// --- silent ---

// OpenKeyedByOrder builds the input on every attempt with the order's key.
func (s *Shop) OpenKeyedByOrder(ctx context.Context, o Order) (checkout.CreateCheckoutSessionResponse, error) {
	return withRetry(ctx, func(ctx context.Context) (checkout.CreateCheckoutSessionResponse, error) {
		r, _, err := s.payments.Sessions(ctx, s.orderInput(o))
		return r, err
	})
}

// OpenBuiltOnce builds the input, with one uuid, before retrying.
func (s *Shop) OpenBuiltOnce(ctx context.Context, o Order) error {
	in := s.freshInput(o)
	return backoff4.Retry(func() error {
		_, _, err := s.payments.Sessions(ctx, in)
		return err
	}, backoff4.NewExponentialBackOff())
}

// OpenOnce opens a session without retrying.
func (s *Shop) OpenOnce(ctx context.Context, o Order) (checkout.CreateCheckoutSessionResponse, error) {
	r, _, err := s.payments.Sessions(ctx, s.freshInput(o))
	return r, err
}
