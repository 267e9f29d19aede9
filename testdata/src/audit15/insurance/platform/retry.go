// Package platform has small in-house helpers shared by the services.
package platform

import (
	"context"
	"errors"
	"math/rand"
	"time"
)

// RetryPolicy configures Retry.
type RetryPolicy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

// DefaultRetry is what most callers want.
var DefaultRetry = RetryPolicy{Attempts: 4, Base: 500 * time.Millisecond, Max: 8 * time.Second}

// ErrStop makes Retry give up at once.
var ErrStop = errors.New("platform: do not retry")

// Retry runs fn until it succeeds, returns an error wrapping ErrStop, the
// attempts are used up or ctx ends. Waits double with jitter.
func Retry[T any](ctx context.Context, p RetryPolicy, fn func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	wait := p.Base
	var last error
	for i := 0; i < p.Attempts; i++ {
		v, err := fn(ctx)
		if err == nil {
			return v, nil
		}
		if errors.Is(err, ErrStop) {
			return zero, err
		}
		last = err
		jitter := time.Duration(rand.Int63n(int64(wait) / 2))
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait *= 2
		if wait > p.Max {
			wait = p.Max
		}
	}
	return zero, last
}
