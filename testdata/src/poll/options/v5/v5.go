// Package v5: cenkalti/backoff v5.0.3 Retry option sets polling a payment.
package v5

import (
	"context"
	"errors"

	"github.com/cenkalti/backoff/v5"

	"poll/fakepay"
)

var errPending = errors.New("pending")

func defaults(id string) (*fakepay.Payment, error) {
	return backoff.Retry(context.Background(), func() (*fakepay.Payment, error) { // want `poll id: interval=grows status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return nil, err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return p, nil
		}
		return nil, errPending
	})
}

func noElapsed(id string) (*fakepay.Payment, error) {
	return backoff.Retry(context.Background(), func() (*fakepay.Payment, error) { // want `poll id: interval=grows status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return nil, err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return p, nil
		}
		return nil, errPending
	}, backoff.WithMaxElapsedTime(0))
}

// noElapsedZeroTries: WithMaxTries(0) means no limit.
func noElapsedZeroTries(id string) (*fakepay.Payment, error) {
	return backoff.Retry(context.Background(), func() (*fakepay.Payment, error) { // want `poll id: interval=grows status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return nil, err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return p, nil
		}
		return nil, errPending
	}, backoff.WithMaxElapsedTime(0), backoff.WithMaxTries(0))
}

func noElapsedTries(id string) (*fakepay.Payment, error) {
	return backoff.Retry(context.Background(), func() (*fakepay.Payment, error) { // want `poll id: interval=grows status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return nil, err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return p, nil
		}
		return nil, errPending
	}, backoff.WithMaxElapsedTime(0), backoff.WithMaxTries(20))
}

func noElapsedCallerCtx(ctx context.Context, id string) (*fakepay.Payment, error) {
	return backoff.Retry(ctx, func() (*fakepay.Payment, error) { // want `poll id: interval=grows status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return nil, err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return p, nil
		}
		return nil, errPending
	}, backoff.WithMaxElapsedTime(0))
}

func zeroNoElapsed(id string) (*fakepay.Payment, error) {
	return backoff.Retry(context.Background(), func() (*fakepay.Payment, error) { // want `poll id: interval=0s status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return nil, err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return p, nil
		}
		return nil, errPending
	}, backoff.WithBackOff(&backoff.ZeroBackOff{}), backoff.WithMaxElapsedTime(0))
}

func stopNoElapsed(id string) (*fakepay.Payment, error) {
	return backoff.Retry(context.Background(), func() (*fakepay.Payment, error) { // want `poll id: interval=unknown status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return nil, err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return p, nil
		}
		return nil, errPending
	}, backoff.WithBackOff(&backoff.StopBackOff{}), backoff.WithMaxElapsedTime(0))
}
