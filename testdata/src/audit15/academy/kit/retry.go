// Package kit holds small helpers shared by the academy services.
package kit

import (
	"context"
	"errors"
	"time"
)

// Permanent marks an error that must not be retried.
type Permanent struct{ Err error }

func (p Permanent) Error() string { return p.Err.Error() }
func (p Permanent) Unwrap() error { return p.Err }

// Retry runs fn up to attempts times, doubling the wait from base after
// each failure. A Permanent error stops at once.
func Retry(ctx context.Context, attempts int, base time.Duration, fn func(context.Context) error) error {
	wait := base
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var p Permanent
		if errors.As(err, &p) {
			return p.Err
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
