package zerobackoff

import (
	"time"

	retrygo "github.com/avast/retry-go/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// noDelay: retry-go v4.7.0 with Delay(0) and the default delay type
// doubles 0: it polls again at once (but for up to 100ms of jitter).
func noDelay(id string) error {
	return retrygo.Do(func() error {
		pi, err := paymentintent.Get(id, nil) // want `payment status polled in a busy loop with no wait between reads`
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return errPending
		}
		return nil
	}, retrygo.Attempts(100), retrygo.Delay(0))
}

// Silent: a fixed 3s.
func fixed(id string) error {
	return retrygo.Do(func() error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return errPending
		}
		return nil
	}, retrygo.Attempts(100), retrygo.Delay(3*time.Second), retrygo.DelayType(retrygo.FixedDelay))
}
