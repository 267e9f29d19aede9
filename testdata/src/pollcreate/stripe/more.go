package stripe

import (
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var errProcessing = errors.New("processing")

func retryCreatesAnother(id string, params *stripe.PaymentIntentParams) error {
	return backoff.Retry(func() error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusRequiresAction {
			if _, err := paymentintent.New(params); err != nil { // want `new payment created inside the loop that polls payment id`
				return backoff.Permanent(err)
			}
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return errProcessing
		}
		return nil
	}, backoff.WithMaxRetries(backoff.NewConstantBackOff(3*time.Second), 40))
}

func recursiveTimeoutCreates(id string, params *stripe.PaymentIntentParams, attempt int) (*stripe.PaymentIntent, error) {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return nil, err
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
		return pi, nil
	}
	if attempt == 10 {
		return paymentintent.New(params) // want `new payment created inside the loop that polls payment id`
	}
	time.Sleep(3 * time.Second)
	return recursiveTimeoutCreates(id, params, attempt+1)
}
