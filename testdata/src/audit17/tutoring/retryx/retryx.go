// Package retryx is a small generic retry helper with exponential backoff.
package retryx

import (
	"context"
	"errors"
	"time"
)

type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Permanent marks err so that Do stops retrying.
func Permanent(err error) error { return permanent{err} }

// Do calls fn up to attempts times, doubling the wait after each failure.
func Do[T any](ctx context.Context, attempts int, base time.Duration, fn func(context.Context) (T, error)) (T, error) {
	var zero T
	wait := base
	var err error
	for i := 0; i < attempts; i++ {
		var v T
		v, err = fn(ctx)
		if err == nil {
			return v, nil
		}
		var p permanent
		if errors.As(err, &p) {
			return zero, p.err
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
