// Package options: cenkalti/backoff (v4.3.0, v5.0.3), avast/retry-go
// (v4.7.0) and sethvargo/go-retry (v0.3.0) option sets that poll a
// payment, each with the look-alike that flips its bound or wait. The
// semantics are the real modules':
//   - v4 ExponentialBackOff stops after MaxElapsedTime (15 minutes by
//     default); 0 never stops. ConstantBackOff and ZeroBackOff never stop;
//     StopBackOff stops at once. WithMaxRetries(b, n) stops after n
//     retries (0: at once); WithContext stops when ctx is done.
//   - v5 Retry stops after 15 minutes unless WithMaxElapsedTime(0);
//     WithMaxTries(n) stops after n tries, 0 means no limit; the ctx
//     given to Retry stops it.
package options

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"

	"poll/fakepay"
)

var errPending = errors.New("pending")

func v4ElapsedZeroField(id string) error {
	b := backoff.NewExponentialBackOff()
	b.MaxElapsedTime = 0
	return backoff.Retry(func() error { // want `poll id: interval=grows status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, b)
}

func v4ElapsedSetField(id string) error {
	b := backoff.NewExponentialBackOff()
	b.MaxElapsedTime = 2 * time.Minute
	return backoff.Retry(func() error { // want `poll id: interval=grows status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, b)
}

func v4ElapsedZeroOption(id string) error {
	return backoff.Retry(func() error { // want `poll id: interval=grows status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(0)))
}

func v4Zero(id string) error {
	return backoff.Retry(func() error { // want `poll id: interval=0s status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, &backoff.ZeroBackOff{})
}

func v4ZeroCapped(id string) error {
	return backoff.Retry(func() error { // want `poll id: interval=0s status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, backoff.WithMaxRetries(&backoff.ZeroBackOff{}, 5))
}

func v4Stop(id string) error {
	return backoff.Retry(func() error { // want `poll id: interval=unknown status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, &backoff.StopBackOff{})
}

func v4Constant(id string) error {
	return backoff.Retry(func() error { // want `poll id: interval=2s status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, backoff.NewConstantBackOff(2*time.Second))
}

func v4ConstantBackground(id string) error {
	return backoff.Retry(func() error { // want `poll id: interval=2s status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, backoff.WithContext(backoff.NewConstantBackOff(2*time.Second), context.Background()))
}

// v4ConstantCallerCtx: the bound comes from the caller's context.
func v4ConstantCallerCtx(ctx context.Context, id string) error {
	return backoff.Retry(func() error { // want `poll id: interval=2s status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, backoff.WithContext(backoff.NewConstantBackOff(2*time.Second), ctx))
}

// v4ConstantTimeout: a deadline made before the loop bounds it.
func v4ConstantTimeout(id string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	return backoff.Retry(func() error { // want `poll id: interval=2s status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return errPending
	}, backoff.WithContext(backoff.NewConstantBackOff(2*time.Second), ctx))
}
