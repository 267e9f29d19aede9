// Package platform has the small helpers every service shares: retries,
// waits, HTTP clients and logging.
package platform

import (
	"context"
	"errors"
	"log/slog"
	"math/rand"
	"net/http"
	"time"
)

// ErrGaveUp is returned by Retry when every attempt failed.
var ErrGaveUp = errors.New("platform: gave up after retries")

// Permanent wraps an error that must not be retried.
type Permanent struct{ Err error }

func (p Permanent) Error() string { return p.Err.Error() }
func (p Permanent) Unwrap() error { return p.Err }

// RetryPolicy is how Retry spaces its attempts.
type RetryPolicy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

// DefaultPolicy: 4 attempts, 500ms, 1s, 2s... capped at 10s, with jitter.
var DefaultPolicy = RetryPolicy{Attempts: 4, Base: 500 * time.Millisecond, Max: 10 * time.Second}

// Retry runs fn until it succeeds, returns a Permanent error, the context
// ends or the attempts run out.
func Retry(ctx context.Context, p RetryPolicy, fn func(ctx context.Context) error) error {
	wait := p.Base
	var last error
	for i := 0; i < p.Attempts; i++ {
		err := fn(ctx)
		if err == nil {
			return nil
		}
		var perm Permanent
		if errors.As(err, &perm) {
			return perm.Err
		}
		last = err
		slog.Warn("retrying", "attempt", i+1, "err", err)
		jitter := time.Duration(rand.Int63n(int64(wait)/2 + 1))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait *= 2
		if wait > p.Max {
			wait = p.Max
		}
	}
	return errors.Join(ErrGaveUp, last)
}

// Transient says whether an HTTP status is worth another attempt.
func Transient(status int) bool {
	return status == http.StatusTooManyRequests || status == http.StatusRequestTimeout || status >= 500
}
