// Package capture captures and confirms held PaymentIntents with
// retry-go, each deciding what to retry in a RetryIf.
package capture

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Held captures a held intent; the RetryIf lets every *stripe.Error but
// a card error through: invalid_request_error goes round. Reported.
func Held(ctx context.Context, id string) error {
	return retry.Do(func() error {
		_, err := paymentintent.Capture(id, &stripe.PaymentIntentCaptureParams{})
		return err
	},
		retry.Context(ctx),
		retry.Delay(time.Second),
		retry.RetryIf(func(err error) bool {
			se, ok := err.(*stripe.Error)
			if ok && se.Type == stripe.ErrorTypeCard { // want `stripe paymentintent.Capture is retried by retry.Do \(line 19\): stripe errors of type invalid_request_error are retried`
				return false
			}
			return true
		}),
	)
}

// notInvalid retries every error but an invalid request: a declined
// card goes round.
func notInvalid(err error) bool {
	var se *stripe.Error
	return !errors.As(err, &se) || se.Type != stripe.ErrorTypeInvalidRequest // want `stripe errors of type card_error are retried`
}

// Confirm confirms an intent, filtered by a function of the package.
// Reported.
func Confirm(ctx context.Context, id string) error {
	return retry.Do(func() error {
		_, err := paymentintent.Confirm(id, &stripe.PaymentIntentConfirmParams{})
		if err != nil {
			return err
		}
		return nil
	}, retry.Context(ctx), retry.Attempts(3), retry.RetryIf(notInvalid))
}

// Transient retries only what is neither a card error nor an invalid
// request: silent.
func Transient(ctx context.Context, id string) error {
	return retry.Do(func() error {
		_, err := paymentintent.Capture(id, &stripe.PaymentIntentCaptureParams{})
		return err
	}, retry.Context(ctx), retry.RetryIf(func(err error) bool {
		var se *stripe.Error
		if errors.As(err, &se) {
			return se.Type != stripe.ErrorTypeCard && se.Type != stripe.ErrorTypeInvalidRequest
		}
		return true
	}))
}

// Wrapped hands RetryIf its own error, not stripe's: the model does not
// follow it. Silent.
func Wrapped(ctx context.Context, id string) error {
	return retry.Do(func() error {
		_, err := paymentintent.Capture(id, &stripe.PaymentIntentCaptureParams{})
		if err != nil {
			return fmt.Errorf("capture %s: %w", id, err)
		}
		return nil
	}, retry.Context(ctx), retry.RetryIf(func(err error) bool {
		se, ok := err.(*stripe.Error)
		return !ok || se.Type != stripe.ErrorTypeCard
	}))
}

// Blind retries whatever fails, never looking at a *stripe.Error: left
// to the backoff rules. Silent.
func Blind(ctx context.Context, id string) error {
	return retry.Do(func() error {
		_, err := paymentintent.Capture(id, &stripe.PaymentIntentCaptureParams{})
		return err
	}, retry.Context(ctx), retry.RetryIf(func(err error) bool { return !errors.Is(err, context.Canceled) }))
}
