// Package platform has the small helpers every service uses.
package platform

import (
	"context"
	"errors"
	"log/slog"
	"time"
)

type Policy struct {
	Attempts int
	Base     time.Duration
}

var DefaultPolicy = Policy{Attempts: 4, Base: 500 * time.Millisecond}

type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Permanent marks an error that must not be retried.
func Permanent(err error) error { return permanent{err} }

// Do runs fn until it succeeds, returns a permanent error, or the attempts
// run out, doubling the wait each time.
func Do(ctx context.Context, p Policy, op string, fn func(context.Context) error) error {
	var err error
	wait := p.Base
	for i := 0; i < p.Attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var perm permanent
		if errors.As(err, &perm) {
			return perm.err
		}
		slog.Warn("retrying", "op", op, "attempt", i+1, "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}
