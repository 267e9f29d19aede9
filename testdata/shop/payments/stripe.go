// Package payments charges cards through Stripe.
package payments

import (
	"errors"
	"fmt"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

func intentParams(orderID string, amount int64, currency, customer string) *stripe.PaymentIntentParams {
	params := &stripe.PaymentIntentParams{
		Amount:   stripe.Int64(amount),
		Currency: stripe.String(currency),
		Customer: stripe.String(customer),
		Confirm:  stripe.Bool(true),
	}
	params.AddMetadata("order_id", orderID)
	return params
}

func retryable(err error) bool {
	var se *stripe.Error
	if errors.As(err, &se) {
		return se.HTTPStatusCode == 429 || se.HTTPStatusCode >= 500
	}
	return true // network error
}

// ChargeCard creates and confirms a PaymentIntent, retrying transient
// failures. IdempotencyKey is left unset, so stripe-go sends a new random
// key with every call of this loop: each attempt is a new charge.
func ChargeCard(orderID string, amount int64, currency, customer string) (*stripe.PaymentIntent, error) {
	params := intentParams(orderID, amount, currency, customer)
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(params) // paylint: expect idempotency
		if err == nil {
			return pi, nil
		}
		if !retryable(err) {
			return nil, err
		}
		lastErr = err
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return nil, fmt.Errorf("charge order %s: %w", orderID, lastErr)
}

// ChargeCardIdempotent is ChargeCard with one key per order, set before
// the loop: every attempt is the same charge to Stripe.
func ChargeCardIdempotent(orderID string, amount int64, currency, customer string) (*stripe.PaymentIntent, error) {
	params := intentParams(orderID, amount, currency, customer)
	params.SetIdempotencyKey("order-" + orderID)
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(params)
		if err == nil {
			return pi, nil
		}
		if !retryable(err) {
			return nil, err
		}
		lastErr = err
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return nil, fmt.Errorf("charge order %s: %w", orderID, lastErr)
}

// ChargeCardOnce relies on stripe-go's own network retries, which reuse
// the key the library generated for this call.
func ChargeCardOnce(orderID string, amount int64, currency, customer string) (*stripe.PaymentIntent, error) {
	return paymentintent.New(intentParams(orderID, amount, currency, customer))
}

// WaitForIntent polls a PaymentIntent every 2 seconds for at most two
// minutes and stops on every terminal state.
func WaitForIntent(id string) (*stripe.PaymentIntent, error) {
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return pi, nil
		}
		time.Sleep(2 * time.Second)
	}
	return nil, fmt.Errorf("payment intent %s: still processing after 2m", id)
}
