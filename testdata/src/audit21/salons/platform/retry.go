package platform

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"
)

// RetryOption tunes Retry.
type RetryOption func(*retryConfig)

type retryConfig struct {
	attempts int
	base     time.Duration
	max      time.Duration
}

// Attempts sets how many times fn runs at most (default 4).
func Attempts(n int) RetryOption { return func(c *retryConfig) { c.attempts = n } }

// BaseDelay sets the first wait (default 1s); it doubles each round.
func BaseDelay(d time.Duration) RetryOption { return func(c *retryConfig) { c.base = d } }

type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Permanent marks an error that must not be retried (a 4xx, a validation error).
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return permanent{err}
}

// IsPermanent reports whether err was marked with Permanent.
func IsPermanent(err error) bool {
	var p permanent
	return errors.As(err, &p)
}

// Retry runs fn until it succeeds, returns a Permanent error, the context
// ends, or the attempts run out. Waits grow exponentially with jitter.
func Retry(ctx context.Context, fn func(ctx context.Context) error, opts ...RetryOption) error {
	cfg := retryConfig{attempts: 4, base: time.Second, max: 30 * time.Second}
	for _, o := range opts {
		o(&cfg)
	}
	var err error
	wait := cfg.base
	for attempt := 1; attempt <= cfg.attempts; attempt++ {
		if err = fn(ctx); err == nil || IsPermanent(err) {
			return err
		}
		if attempt == cfg.attempts {
			break
		}
		jitter := time.Duration(rand.Int64N(int64(wait / 4)))
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(wait + jitter):
		}
		wait = min(wait*2, cfg.max)
	}
	return err
}
