// Package platform holds small helpers shared by the services.
package platform

import (
	"context"
	"math/rand"
	"time"
)

// RetryPolicy says how often and how patiently to retry.
type RetryPolicy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

// DefaultPolicy is used by most outbound integrations.
var DefaultPolicy = RetryPolicy{Attempts: 4, Base: 500 * time.Millisecond, Max: 10 * time.Second}

// Retry runs fn until it succeeds, the attempts run out or ctx ends,
// doubling the wait (with jitter) between attempts.
func Retry(ctx context.Context, p RetryPolicy, fn func(ctx context.Context) error) error {
	_, err := RetryValue(ctx, p, func(ctx context.Context) (struct{}, error) {
		return struct{}{}, fn(ctx)
	})
	return err
}

// RetryValue is Retry for functions that return a value.
func RetryValue[T any](ctx context.Context, p RetryPolicy, fn func(ctx context.Context) (T, error)) (T, error) {
	var (
		zero T
		err  error
	)
	wait := p.Base
	for attempt := 1; attempt <= p.Attempts; attempt++ {
		var v T
		if v, err = fn(ctx); err == nil {
			return v, nil
		}
		if attempt == p.Attempts {
			break
		}
		jitter := time.Duration(rand.Int63n(int64(wait)/2 + 1))
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait = min(wait*2, p.Max)
	}
	return zero, err
}
