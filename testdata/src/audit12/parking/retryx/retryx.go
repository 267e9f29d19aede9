// Package retryx has the small retry and polling helpers shared by the
// provider clients.
package retryx

import (
	"context"
	"errors"
	"time"
)

type permanentError struct{ err error }

func (p permanentError) Error() string { return p.err.Error() }
func (p permanentError) Unwrap() error { return p.err }

// Permanent marks err as not worth retrying.
func Permanent(err error) error { return permanentError{err} }

// Do calls fn up to attempts times and waits base, 2*base, 4*base ...
// between the calls. It stops early on a Permanent error or when ctx ends.
func Do[T any](ctx context.Context, attempts int, base time.Duration, fn func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	var err error
	wait := base
	for i := 0; i < attempts; i++ {
		var v T
		v, err = fn(ctx)
		if err == nil {
			return v, nil
		}
		var perm permanentError
		if errors.As(err, &perm) {
			return zero, perm.err
		}
		if i == attempts-1 {
			break
		}
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return zero, err
}

// ErrGaveUp is returned by Poll when maxWait passes before done is true.
var ErrGaveUp = errors.New("retryx: gave up waiting")

// Poll calls read until done reports true for its value. The interval
// starts at first and doubles up to 30s; Poll gives up after maxWait or
// when ctx ends.
func Poll[T any](ctx context.Context, first, maxWait time.Duration, read func(ctx context.Context) (T, error), done func(T) bool) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, maxWait)
	defer cancel()
	interval := first
	for {
		v, err := read(ctx)
		if err == nil && done(v) {
			return v, nil
		}
		select {
		case <-ctx.Done():
			var zero T
			if err != nil {
				return zero, err
			}
			return zero, ErrGaveUp
		case <-time.After(interval):
		}
		interval = min(interval*2, 30*time.Second)
	}
}
