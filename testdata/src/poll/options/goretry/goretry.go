// Package goretry: sethvargo/go-retry v0.3.0 backoffs polling a payment.
package goretry

import (
	"context"
	"errors"
	"time"

	"github.com/sethvargo/go-retry"

	"poll/fakepay"
)

var errPending = errors.New("pending")

func constantBackground(id string) error {
	return retry.Do(context.Background(), retry.NewConstant(3*time.Second), func(ctx context.Context) error { // want `poll id: interval=3s status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return retry.RetryableError(errPending)
	})
}

func constantCallerCtx(ctx context.Context, id string) error {
	return retry.Do(ctx, retry.NewConstant(3*time.Second), func(ctx context.Context) error { // want `poll id: interval=3s status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return retry.RetryableError(errPending)
	})
}

func cappedRetries(id string) error {
	return retry.Do(context.Background(), retry.WithMaxRetries(20, retry.NewConstant(3*time.Second)), func(ctx context.Context) error { // want `poll id: interval=3s status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return retry.RetryableError(errPending)
	})
}

func cappedDuration(id string) error {
	return retry.Do(context.Background(), retry.WithMaxDuration(time.Hour, retry.NewExponential(time.Second)), func(ctx context.Context) error { // want `poll id: interval=unknown status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return retry.RetryableError(errPending)
	})
}

func fibonacciForever(id string) error {
	return retry.Fibonacci(context.Background(), time.Second, func(ctx context.Context) error { // want `poll id: interval=unknown status-exit=true bounded=false`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return retry.RetryableError(errPending)
	})
}

func constantShortcut(ctx context.Context, id string) error {
	return retry.Constant(ctx, 500*time.Millisecond, func(ctx context.Context) error { // want `poll id: interval=500ms status-exit=true bounded=true`
		p, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p.Status == fakepay.Confirmed || p.Status == fakepay.Failed {
			return nil
		}
		return retry.RetryableError(errPending)
	})
}
