// Package retrykit is the team's shared retry helper.
package retrykit

import (
	"context"
	"time"
)

// Policy says how often and how long to retry.
type Policy struct {
	Attempts int
	Base     time.Duration
}

// Default is what most callers use.
var Default = Policy{Attempts: 4, Base: 500 * time.Millisecond}

// Do calls fn until it succeeds, the attempts run out or ctx ends,
// doubling the wait each time.
func Do(ctx context.Context, p Policy, fn func(ctx context.Context) error) error {
	wait := p.Base
	var err error
	for i := 0; i < p.Attempts; i++ {
		if err = fn(ctx); err == nil {
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

// Retry is the generic flavour that returns a value.
func Retry[T any](ctx context.Context, p Policy, fn func() (T, error)) (T, error) {
	var v T
	err := Do(ctx, p, func(context.Context) error {
		var err error
		v, err = fn()
		return err
	})
	return v, err
}
