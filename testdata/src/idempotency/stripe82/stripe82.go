// Package stripe82: application retries around stripe-go v82.
package stripe82

import (
	"context"
	"errors"
	"time"

	backoff4 "github.com/cenkalti/backoff/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Order struct {
	ID     string
	Amount int64
}

// --- flagged ---

func createWithRetry(ctx context.Context, sc *stripe.Client, o Order) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentCreateParams{
		Amount:   stripe.Int64(o.Amount),
		Currency: stripe.String(stripe.CurrencyUSD),
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := sc.V1PaymentIntents.Create(ctx, params) // want `is retried by a for loop \(line 27\) without an idempotency key: stripe-go adds a new random key to each call, so each attempt gets a different key`
		if err == nil {
			return pi, nil
		}
		lastErr = err
		time.Sleep(time.Second)
	}
	return nil, lastErr
}

func newWithBackoff(o Order) (*stripe.PaymentIntent, error) {
	var pi *stripe.PaymentIntent
	err := backoff4.Retry(func() error {
		var err error
		pi, err = paymentintent.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount)}) // want `is retried by backoff.Retry \(line 40\) without an idempotency key: stripe-go adds a new random key`
		return err
	}, backoff4.NewExponentialBackOff())
	return pi, err
}

func freshKeyEachAttempt(o Order) (*stripe.PaymentIntent, error) {
	for i := 0; i < 3; i++ {
		params := &stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount)}
		params.SetIdempotencyKey(stripe.NewIdempotencyKey())
		pi, err := paymentintent.New(params) // want `is retried by a for loop \(line 49\) with an idempotency key made anew on every attempt \(stripe.NewIdempotencyKey\(\)`
		if err == nil {
			return pi, nil
		}
	}
	return nil, errors.New("gave up")
}

// --- silent look-alikes ---

func keyOnceBeforeLoop(ctx context.Context, sc *stripe.Client, o Order) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentCreateParams{Amount: stripe.Int64(o.Amount)}
	params.SetIdempotencyKey("order-" + o.ID)
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := sc.V1PaymentIntents.Create(ctx, params)
		if err == nil {
			return pi, nil
		}
	}
	return nil, errors.New("gave up")
}

func randomKeyOnceField(o Order) (*stripe.PaymentIntent, error) {
	key := stripe.NewIdempotencyKey()
	for i := 0; i < 3; i++ {
		params := &stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount)}
		params.IdempotencyKey = stripe.String(key)
		pi, err := paymentintent.New(params)
		if err == nil {
			return pi, nil
		}
	}
	return nil, errors.New("gave up")
}

func stableKeyInsideLoop(o Order) (*stripe.PaymentIntent, error) {
	for i := 0; i < 3; i++ {
		params := &stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount)}
		params.SetIdempotencyKey("pi-" + o.ID)
		if pi, err := paymentintent.New(params); err == nil {
			return pi, nil
		}
	}
	return nil, errors.New("gave up")
}

// stripe-go's own network retries re-send the same key: not an app loop.
func sdkNetworkRetries(o Order) (*stripe.PaymentIntent, error) {
	backends := stripe.NewBackendsWithConfig(&stripe.BackendConfig{MaxNetworkRetries: stripe.Int64(3)})
	sc := stripe.NewClient("sk_test", stripe.WithBackends(backends))
	return sc.V1PaymentIntents.Create(context.Background(), &stripe.PaymentIntentCreateParams{Amount: stripe.Int64(o.Amount)})
}

func retriedRetrieve(ctx context.Context, sc *stripe.Client, id string) (*stripe.PaymentIntent, error) {
	for i := 0; i < 5; i++ {
		pi, err := sc.V1PaymentIntents.Retrieve(ctx, id, nil)
		if err == nil {
			return pi, nil
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errors.New("gave up")
}

func eachOrderOnce(orders []Order) {
	for _, o := range orders {
		if _, err := paymentintent.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount)}); err != nil {
			continue
		}
	}
}
