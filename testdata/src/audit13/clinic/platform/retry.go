package platform

import (
	"context"
	"errors"
	"time"
)

// Permanent marks an error that retrying cannot fix.
type Permanent struct{ Err error }

func (p Permanent) Error() string { return p.Err.Error() }
func (p Permanent) Unwrap() error { return p.Err }

// Retry runs fn up to attempts times, doubling the wait from 1s between
// attempts, and stops early on a Permanent error or a cancelled context.
func Retry[T any](ctx context.Context, attempts int, fn func(context.Context) (T, error)) (T, error) {
	var zero T
	wait := time.Second
	var err error
	for i := 0; i < attempts; i++ {
		var v T
		v, err = fn(ctx)
		if err == nil {
			return v, nil
		}
		var p Permanent
		if errors.As(err, &p) {
			return zero, p.Err
		}
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return zero, err
}

// WaitFor calls check every interval until it reports done, an error, or
// tries checks have been made. It returns false when it gave up.
func WaitFor(ctx context.Context, tries int, interval time.Duration, check func(context.Context) (bool, error)) (bool, error) {
	for i := 0; i < tries; i++ {
		done, err := check(ctx)
		if err != nil {
			return false, err
		}
		if done {
			return true, nil
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(interval):
		}
	}
	return false, nil
}
