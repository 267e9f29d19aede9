// Package retry is the team's small retry helper for outbound calls.
package retry

import (
	"context"
	"errors"
	"time"
)

// Temporary marks an error as worth another attempt.
type Temporary struct{ Err error }

func (t *Temporary) Error() string { return t.Err.Error() }
func (t *Temporary) Unwrap() error { return t.Err }

// Transient wraps err so that Do tries again.
func Transient(err error) error { return &Temporary{Err: err} }

// Policy configures Do.
type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

// Default is used by most callers.
var Default = Policy{Attempts: 4, Base: time.Second, Max: 20 * time.Second}

// Do runs fn until it succeeds, returns a non-temporary error, or the
// attempts are used up. The wait doubles after every failure.
func Do(ctx context.Context, p Policy, fn func(ctx context.Context) error) error {
	wait := p.Base
	var err error
	for attempt := 1; attempt <= p.Attempts; attempt++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var tmp *Temporary
		if !errors.As(err, &tmp) {
			return err
		}
		if attempt == p.Attempts {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(wait*2, p.Max)
	}
	return err
}

// Value is Do for functions that return a result.
func Value[T any](ctx context.Context, p Policy, fn func(ctx context.Context) (T, error)) (T, error) {
	var out T
	err := Do(ctx, p, func(ctx context.Context) error {
		v, err := fn(ctx)
		if err != nil {
			return err
		}
		out = v
		return nil
	})
	return out, err
}
