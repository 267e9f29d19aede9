// Package retryx holds the marketplace's in-house retry and poll helpers.
package retryx

import (
	"context"
	"time"
)

// Do calls fn until it succeeds, at most attempts times, backing off from
// one second and watching ctx.
func Do(ctx context.Context, attempts int, fn func() error) error {
	var err error
	wait := time.Second
	for i := 0; i < attempts; i++ {
		if err = fn(); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}

// Value is Do for a call that returns a value.
func Value[T any](ctx context.Context, attempts int, fn func() (T, error)) (T, error) {
	var v T
	err := Do(ctx, attempts, func() error {
		var err error
		v, err = fn()
		return err
	})
	return v, err
}

// Until calls cond every interval until it reports done or fails, or ctx
// ends.
func Until(ctx context.Context, interval time.Duration, cond func(context.Context) (bool, error)) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		done, err := cond(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Forever calls cond every interval until it reports done.
func Forever(interval time.Duration, cond func() (bool, error)) error {
	for {
		done, err := cond()
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		time.Sleep(interval)
	}
}

// Each calls fn once per item: a batch, not a retry.
func Each[T any](items []T, fn func(T) error) error {
	for _, it := range items {
		if err := fn(it); err != nil {
			return err
		}
	}
	return nil
}

// Now calls fn again at once until it succeeds.
func Now(fn func() error) {
	for fn() != nil {
	}
}
