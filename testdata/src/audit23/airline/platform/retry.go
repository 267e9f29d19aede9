// Package platform holds small shared helpers: retries, polling, HTTP plumbing.
package platform

import (
	"context"
	"errors"
	"log/slog"
	"math/rand"
	"time"
)

// Backoff describes an exponential backoff with jitter.
type Backoff struct {
	Attempts int
	Initial  time.Duration
	Max      time.Duration
}

var DefaultBackoff = Backoff{Attempts: 4, Initial: time.Second, Max: 20 * time.Second}

// ErrPermanent wraps an error that must not be retried.
type ErrPermanent struct{ Err error }

func (e ErrPermanent) Error() string { return e.Err.Error() }
func (e ErrPermanent) Unwrap() error { return e.Err }

func Permanent(err error) error { return ErrPermanent{Err: err} }

// Retry runs fn until it succeeds, returns a permanent error, the attempts
// run out or ctx ends. Waits grow exponentially.
func Retry(ctx context.Context, b Backoff, name string, fn func(ctx context.Context) error) error {
	wait := b.Initial
	var err error
	for attempt := 1; attempt <= b.Attempts; attempt++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var perm ErrPermanent
		if errors.As(err, &perm) {
			return perm.Err
		}
		slog.WarnContext(ctx, "retrying", "op", name, "attempt", attempt, "err", err)
		jitter := time.Duration(rand.Int63n(int64(wait) / 4))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait = min(wait*2, b.Max)
	}
	return err
}

// ErrGaveUp is returned by WaitFor when the deadline passed first.
var ErrGaveUp = errors.New("gave up waiting")

// WaitFor calls check every interval until it reports done or the timeout
// passes.
func WaitFor(ctx context.Context, timeout, interval time.Duration, check func(ctx context.Context) (bool, error)) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		done, err := check(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			return ErrGaveUp
		case <-t.C:
		}
	}
}
