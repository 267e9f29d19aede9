// Package platform has the small pieces every service shares: retries,
// polling, the JSON sender, logging.
package platform

import (
	"context"
	"errors"
	"log/slog"
	"math/rand"
	"time"
)

// Logger is the process logger; main replaces it.
var Logger = slog.Default()

// Attempts runs fn up to n times, doubling the wait from base between tries.
// It stops early when fn returns a Permanent error or ctx ends.
func Attempts(ctx context.Context, n int, base time.Duration, fn func(ctx context.Context) error) error {
	var err error
	wait := base
	for i := 0; i < n; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var p permanent
		if errors.As(err, &p) {
			return p.err
		}
		Logger.Warn("attempt failed", "attempt", i+1, "err", err)
		jitter := time.Duration(rand.Int63n(int64(wait)/4 + 1))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait *= 2
	}
	return err
}

type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }

// Permanent marks an error that Attempts must not retry.
func Permanent(err error) error { return permanent{err} }

// PollUntil reads get every interval until done says the value is final or
// the wait runs out. On timeout it answers the last value read with ok false.
func PollUntil[T any](ctx context.Context, every, max time.Duration, get func(context.Context) (T, error), done func(T) bool) (T, bool, error) {
	deadline := time.Now().Add(max)
	var last T
	for {
		v, err := get(ctx)
		if err != nil {
			return last, false, err
		}
		last = v
		if done(v) {
			return v, true, nil
		}
		if time.Now().After(deadline) {
			return last, false, nil
		}
		select {
		case <-ctx.Done():
			return last, false, ctx.Err()
		case <-time.After(every):
		}
	}
}
