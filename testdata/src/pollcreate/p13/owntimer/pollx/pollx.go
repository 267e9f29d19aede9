// Package pollx holds generic poll helpers bounded by a timer of their
// own rather than by a context with a timeout. It reads no payment
// itself.
package pollx

import (
	"context"
	"errors"
	"time"
)

// ErrTimeout is what Strict gives up with.
var ErrTimeout = errors.New("pollx: timed out")

// Wait reads until final accepts the value or its own timer fires; then
// it returns the last value and false, with no error.
func Wait[T any](ctx context.Context, every, limit time.Duration,
	read func(context.Context) (T, error), final func(T) bool) (T, bool, error) {
	deadline := time.NewTimer(limit)
	defer deadline.Stop()
	var last T
	for {
		v, err := read(ctx)
		if err != nil {
			return last, false, err
		}
		last = v
		if final(v) {
			return v, true, nil
		}
		select {
		case <-ctx.Done():
			return last, false, ctx.Err()
		case <-deadline.C:
			return last, false, nil
		case <-time.After(every):
		}
	}
}

// Within is Wait with a time.After channel made once.
func Within[T any](ctx context.Context, every, limit time.Duration,
	read func(context.Context) (T, error), final func(T) bool) (T, bool, error) {
	expired := time.After(limit)
	var last T
	for {
		v, err := read(ctx)
		if err != nil {
			return last, false, err
		}
		last = v
		if final(v) {
			return v, true, nil
		}
		select {
		case <-expired:
			return last, false, nil
		case <-time.After(every):
		}
	}
}

// Strict gives up with an error when its timer fires.
func Strict[T any](ctx context.Context, every, limit time.Duration,
	read func(context.Context) (T, error), final func(T) bool) (T, bool, error) {
	deadline := time.NewTimer(limit)
	defer deadline.Stop()
	var last T
	for {
		v, err := read(ctx)
		if err != nil {
			return last, false, err
		}
		last = v
		if final(v) {
			return v, true, nil
		}
		select {
		case <-deadline.C:
			return last, false, ErrTimeout
		case <-time.After(every):
		}
	}
}
