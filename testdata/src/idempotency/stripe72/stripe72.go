// Package stripe72: application retries around an older stripe-go.
package stripe72

import (
	"errors"

	retrygo4 "github.com/avast/retry-go/v4"
	"github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

func confirmWithRetry(id string) (*stripe.PaymentIntent, error) {
	for i := 0; i < 3; i++ {
		pi, err := paymentintent.Confirm(id, &stripe.PaymentIntentConfirmParams{}) // want `is retried by a for loop \(line 14\) without an idempotency key: stripe-go adds a new random key`
		if err == nil {
			return pi, nil
		}
	}
	return nil, errors.New("gave up")
}

func apiClientRetry(sc *client.API, amount int64) error {
	return retrygo4.Do(func() error {
		_, err := sc.PaymentIntents.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(amount)}) // want `is retried by retry.Do \(line 24\) without an idempotency key: stripe-go adds a new random key`
		return err
	})
}

// Silent: a key made once.
func apiClientRetryKeyed(sc *client.API, amount int64, orderID string) error {
	params := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount)}
	params.SetIdempotencyKey("order-" + orderID)
	return retrygo4.Do(func() error {
		_, err := sc.PaymentIntents.New(params)
		return err
	})
}
