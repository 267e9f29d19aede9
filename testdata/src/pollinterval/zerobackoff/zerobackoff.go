// Package zerobackoff: retry-library options that poll again at once: a
// cenkalti/backoff ZeroBackOff (NextBackOff is always 0), retry-go
// Delay(0) (0 doubled per attempt).
package zerobackoff

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var errPending = errors.New("still processing")

func zero(ctx context.Context, id string) error {
	return backoff.Retry(func() error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return errPending
		}
		return nil
	}, backoff.WithContext(&backoff.ZeroBackOff{}, ctx)) // want `payment status polled every 0s`
}

// Silent: a constant 3s.
func constant(ctx context.Context, id string) error {
	return backoff.Retry(func() error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return errPending
		}
		return nil
	}, backoff.WithContext(backoff.NewConstantBackOff(3*time.Second), ctx))
}
