package settlecron

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/payout"
)

var errNotArrived = errors.New("payout not arrived yet")

// WaitArrival watches a payout once a second until it lands or fails.
func WaitArrival(ctx context.Context, id string) (stripe.PayoutStatus, error) {
	tick := time.NewTicker(time.Second) // want "\\[pollinterval\\] payment status polled every 1s"
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-tick.C:
		}
		po, err := payout.Get(id, nil)
		if err != nil {
			return "", err
		}
		if po.Status == stripe.PayoutStatusPaid || po.Status == stripe.PayoutStatusFailed {
			return po.Status, nil
		}
	}
}

// AwaitPaid retries the status read with exponential backoff and no time
// limit, until the payout says paid.
func AwaitPaid(id string) error {
	b := backoff.NewExponentialBackOff()
	b.MaxElapsedTime = 0
	return backoff.Retry(func() error { // want "\\[pollbound\\] backoff.Retry polling payment id has no bound"
		po, err := payout.Get(id, nil)
		if err != nil {
			return err
		}
		if po.Status != stripe.PayoutStatusPaid {
			return errNotArrived
		}
		return nil
	}, b)
}

// AwaitPaidBounded is the version used by the support tool.
func AwaitPaidBounded(ctx context.Context, id string) error {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = 2 * time.Second
	b.MaxElapsedTime = 10 * time.Minute
	return backoff.Retry(func() error {
		po, err := payout.Get(id, nil)
		if err != nil {
			return err
		}
		switch po.Status {
		case stripe.PayoutStatusPaid:
			return nil
		case stripe.PayoutStatusFailed:
			return backoff.Permanent(errors.New("payout failed"))
		}
		return errNotArrived
	}, backoff.WithContext(b, ctx))
}
