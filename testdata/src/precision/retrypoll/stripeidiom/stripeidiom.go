// Package stripeidiom uses stripe-go idiomatically: a key set once before
// retrying, and stripe-go's own network retries.
package stripeidiom

import (
	"context"
	"errors"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/cenkalti/backoff/v5"
	"github.com/google/uuid"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/refund"
)

// CreateWithRetry makes the key once, before the loop.
func CreateWithRetry(ctx context.Context, amount int64) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount), Currency: stripe.String("usd")}
	params.SetIdempotencyKey(uuid.NewString())
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(params)
		if err == nil {
			return pi, nil
		}
		lastErr = err
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return nil, lastErr
}

// CreateClient uses the new client with a key from the order.
func CreateClient(ctx context.Context, sc *stripe.Client, orderID string, amount int64) (*stripe.PaymentIntent, error) {
	key := "order-" + orderID
	return retry.DoWithData(func() (*stripe.PaymentIntent, error) {
		p := &stripe.PaymentIntentCreateParams{Amount: stripe.Int64(amount), Currency: stripe.String("usd")}
		p.SetIdempotencyKey(key)
		return sc.V1PaymentIntents.Create(ctx, p)
	}, retry.Attempts(3), retry.Context(ctx))
}

// RefundOnce issues one refund with stripe-go's own retries.
func RefundOnce(ctx context.Context, piID string) (*stripe.Refund, error) {
	return refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(piID)})
}

// RefundRetry retries with a key made once, through backoff v5.
func RefundRetry(ctx context.Context, piID string) (*stripe.Refund, error) {
	key := uuid.New().String()
	return backoff.Retry(ctx, func() (*stripe.Refund, error) {
		p := &stripe.RefundParams{PaymentIntent: stripe.String(piID)}
		p.IdempotencyKey = stripe.String(key)
		r, err := refund.New(p)
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 {
			return nil, backoff.Permanent(err)
		}
		return r, err
	}, backoff.WithMaxTries(4))
}
