// Package platform holds small in-house helpers shared by the marina services.
package platform

import (
	"context"
	"time"
)

// Retrier runs an operation a few times with a growing pause.
type Retrier struct {
	attempts int
	base     time.Duration
}

// Option configures a Retrier.
type Option func(*Retrier)

// WithAttempts sets how many times the operation runs at most.
func WithAttempts(n int) Option { return func(r *Retrier) { r.attempts = n } }

// WithBase sets the first pause.
func WithBase(d time.Duration) Option { return func(r *Retrier) { r.base = d } }

// NewRetrier returns a Retrier with 3 attempts and a 1s base pause by default.
func NewRetrier(opts ...Option) *Retrier {
	r := &Retrier{attempts: 3, base: time.Second}
	for _, o := range opts {
		o(r)
	}
	return r
}

// Do runs fn until it succeeds, the attempts run out or ctx ends.
func Do[T any](ctx context.Context, r *Retrier, fn func(context.Context) (T, error)) (T, error) {
	var (
		out T
		err error
	)
	pause := r.base
	for i := 0; i < r.attempts; i++ {
		out, err = fn(ctx)
		if err == nil {
			return out, nil
		}
		select {
		case <-ctx.Done():
			return out, ctx.Err()
		case <-time.After(pause):
		}
		pause *= 2
	}
	return out, err
}
