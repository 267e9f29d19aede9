// Package platform holds small helpers shared by the services.
package platform

import (
	"context"
	"errors"
	"time"
)

// ErrPermanent marks an error that must not be retried.
var ErrPermanent = errors.New("permanent")

// Policy says how often and how patiently to retry.
type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

// DefaultPolicy is used by the provider clients.
var DefaultPolicy = Policy{Attempts: 4, Base: time.Second, Max: 20 * time.Second}

// Retry calls fn until it succeeds, returns a permanent error, or the
// attempts run out. The wait doubles after every failure.
func Retry[T any](ctx context.Context, p Policy, fn func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	wait := p.Base
	var last error
	for attempt := 1; attempt <= p.Attempts; attempt++ {
		v, err := fn(ctx)
		if err == nil {
			return v, nil
		}
		if errors.Is(err, ErrPermanent) {
			return zero, err
		}
		last = err
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
		if wait > p.Max {
			wait = p.Max
		}
	}
	return zero, last
}
