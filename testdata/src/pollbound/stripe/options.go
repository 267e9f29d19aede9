package stripe

import (
	"context"
	"time"

	"github.com/cenkalti/backoff/v4"
	backoffv5 "github.com/cenkalti/backoff/v5"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// elapsedZeroed: MaxElapsedTime = 0 after NewExponentialBackOff() turns
// off its 15-minute limit (cenkalti/backoff v4.3.0: "It never stops if
// MaxElapsedTime == 0").
func elapsedZeroed(id string) error {
	b := backoff.NewExponentialBackOff()
	b.MaxElapsedTime = 0
	return backoff.Retry(func() error { // want `backoff.Retry polling payment id has no bound`
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return nil
		}
		return errPending
	}, b)
}

// Silent: the field sets a limit.
func elapsedSet(id string) error {
	b := backoff.NewExponentialBackOff()
	b.MaxElapsedTime = 20 * time.Minute
	return backoff.Retry(func() error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return nil
		}
		return errPending
	}, b)
}

// zeroTries: v5 WithMaxTries(0) means no limit (v5.0.3: MaxTries > 0 &&
// numTries >= MaxTries).
func zeroTries(id string) (*stripe.PaymentIntent, error) {
	return backoffv5.Retry(context.Background(), func() (*stripe.PaymentIntent, error) { // want `backoff.Retry polling payment id has no bound`
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return nil, errPending
		}
		return pi, nil
	}, backoffv5.WithMaxElapsedTime(0), backoffv5.WithMaxTries(0))
}

// Silent: 30 tries.
func someTries(id string) (*stripe.PaymentIntent, error) {
	return backoffv5.Retry(context.Background(), func() (*stripe.PaymentIntent, error) {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return nil, errPending
		}
		return pi, nil
	}, backoffv5.WithMaxElapsedTime(0), backoffv5.WithMaxTries(30))
}

// retryForever hands its callback to a backoff that never stops: a
// ConstantBackOff has no elapsed-time limit (cenkalti/backoff v4.3.0).
func retryForever(op func() error) error {
	return backoff.Retry(op, backoff.NewConstantBackOff(3*time.Second))
}

func helperForever(id string) error {
	return retryForever(func() error { // want `retryForever polling payment id has no bound`
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return nil
		}
		return errPending
	})
}

// retryCapped: the same with a cap.
func retryCapped(op func() error) error {
	return backoff.Retry(op, backoff.WithMaxRetries(backoff.NewConstantBackOff(3*time.Second), 100))
}

// Silent: capped.
func helperCapped(id string) error {
	return retryCapped(func() error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return nil
		}
		return errPending
	})
}
