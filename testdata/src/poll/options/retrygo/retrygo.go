// Package retrygo: avast/retry-go v4.7.0 option sets polling a payment.
package retrygo

import (
	"context"
	"errors"
	"time"

	"github.com/avast/retry-go/v4"

	"poll/fakepay"
)

var errPending = errors.New("pending")

func defaults(id string) error {
	return retry.Do(func() error { // want `poll id: interval=unknown status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	})
}

func forever(id string) error {
	return retry.Do(func() error { // want `poll id: interval=5s status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, retry.Attempts(0), retry.Delay(5*time.Second), retry.DelayType(retry.FixedDelay))
}

func untilSucceededBackground(id string) error {
	return retry.Do(func() error { // want `poll id: interval=5s status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, retry.UntilSucceeded(), retry.Context(context.Background()), retry.Delay(5*time.Second), retry.DelayType(retry.FixedDelay))
}

// untilSucceededCallerCtx: the caller's context bounds it.
func untilSucceededCallerCtx(ctx context.Context, id string) error {
	return retry.Do(func() error { // want `poll id: interval=5s status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, retry.UntilSucceeded(), retry.Context(ctx), retry.Delay(5*time.Second), retry.DelayType(retry.FixedDelay))
}

func noDelay(id string) error {
	return retry.Do(func() error { // want `poll id: interval=busy status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, retry.Attempts(50), retry.Delay(0))
}

// fixedZero: FixedDelay keeps Delay(0): no wait either.
func fixedZero(id string) error {
	return retry.Do(func() error { // want `poll id: interval=0s status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, retry.Attempts(50), retry.Delay(0), retry.DelayType(retry.FixedDelay))
}

// Look-alike: options from elsewhere may bound it.
func someOptions(id string, opts []retry.Option) error {
	return retry.Do(func() error { // want `poll id: interval=unknown status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, opts...)
}
