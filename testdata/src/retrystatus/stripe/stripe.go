// Package stripe: stripe-go calls retried on the type of *stripe.Error.
package stripe

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var errGiveUp = errors.New("stripe unavailable")

func params(orderID string) *stripe.PaymentIntentParams {
	p := &stripe.PaymentIntentParams{}
	p.SetIdempotencyKey("pi-" + orderID)
	return p
}

// --- flagged ---

func retryCardErrors(orderID string) (*stripe.PaymentIntent, error) {
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(params(orderID))
		if err == nil {
			return pi, nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeAPI {
			time.Sleep(2 * time.Second)
			continue
		}
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeCard { // want `stripe paymentintent.New is retried by a for loop \(line 24\): stripe errors of type card_error are retried, which will fail the same way again \(a declined card, an invalid request\); retry only network errors, api_error and rate limits \(429\)`
			time.Sleep(2 * time.Second)
			continue
		}
		return nil, err
	}
	return nil, errGiveUp
}

func retryAllButCard(ctx context.Context, sc *stripe.Client, orderID string) (*stripe.PaymentIntent, error) {
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := sc.V1PaymentIntents.Create(ctx, &stripe.PaymentIntentCreateParams{})
		if err == nil {
			return pi, nil
		}
		if se, ok := err.(*stripe.Error); ok && se.Type == stripe.ErrorTypeCard { // want `stripe errors of type invalid_request_error are retried`
			return nil, err
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errGiveUp
}

// A read: only "no such object" (404) will not change.
func getUntilFound(id string) (*stripe.PaymentIntent, error) {
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.Get(id, nil)
		if err == nil {
			return pi, nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeInvalidRequest { // want `stripe paymentintent.Get is retried by a for loop \(line \d+\): stripe errors of type invalid_request_error are retried`
			time.Sleep(2 * time.Second)
			continue
		}
		return nil, err
	}
	return nil, errGiveUp
}

// --- silent ---

// A read retried on every error but 404: card and body errors cannot
// happen on a read.
func getRetryAllBut404(id string) (*stripe.PaymentIntent, error) {
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.Get(id, nil)
		if err == nil {
			return pi, nil
		}
		if se, ok := err.(*stripe.Error); ok && se.HTTPStatusCode == 404 {
			return nil, err
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errGiveUp
}

func retryTransient(orderID string) (*stripe.PaymentIntent, error) {
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(params(orderID))
		if err == nil {
			return pi, nil
		}
		var se *stripe.Error
		if !errors.As(err, &se) || se.Type == stripe.ErrorTypeAPI || se.HTTPStatusCode == 429 {
			time.Sleep(2 * time.Second)
			continue
		}
		return nil, err
	}
	return nil, errGiveUp
}
