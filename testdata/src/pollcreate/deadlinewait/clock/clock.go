// Package clock holds two poll helpers that end their wait on a deadline
// test of their own, inside their `for {}`: Poll answers the sentinel
// ErrStillPending, Await the last value read with done false and no
// error. Neither reads a payment itself; their callers' callbacks do.
package clock

import (
	"context"
	"errors"
	"time"
)

// ErrStillPending is returned by Poll when maxWait passed and check never
// reported done.
var ErrStillPending = errors.New("clock: still pending")

// Poll calls check every interval until it reports done, fails, the
// context ends or maxWait passes.
func Poll(ctx context.Context, every, maxWait time.Duration, check func(ctx context.Context) (bool, error)) error {
	deadline := time.Now().Add(maxWait)
	for {
		done, err := check(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		if time.Now().After(deadline) {
			return ErrStillPending
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(every):
		}
	}
}

// Await calls read every interval until it reports done or maxWait has
// passed since it started; a timeout is not an error, the caller decides.
func Await[T any](ctx context.Context, every, maxWait time.Duration, read func(ctx context.Context) (T, bool, error)) (T, bool, error) {
	start := time.Now()
	var last T
	for {
		v, done, err := read(ctx)
		if err != nil {
			return last, false, err
		}
		last = v
		if done {
			return v, true, nil
		}
		if time.Since(start) > maxWait {
			return last, false, nil
		}
		select {
		case <-ctx.Done():
			return last, false, ctx.Err()
		case <-time.After(every):
		}
	}
}
