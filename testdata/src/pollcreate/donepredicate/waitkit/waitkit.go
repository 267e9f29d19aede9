// Package waitkit holds generic wait helpers that take what to read and
// when to stop as two callbacks: fetch reads a value, done says whether
// it is final.
package waitkit

import (
	"context"
	"errors"
	"time"
)

// ErrTimeout is what Until answers when its own maximum ends the wait.
var ErrTimeout = errors.New("waitkit: timed out")

// WaitFor calls fetch every interval until done accepts the value or ctx
// ends.
func WaitFor[T any](ctx context.Context, every time.Duration, fetch func(context.Context) (T, error), done func(T) bool) (T, error) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		v, err := fetch(ctx)
		if err == nil && done(v) {
			return v, nil
		}
		select {
		case <-ctx.Done():
			return v, ctx.Err()
		case <-t.C:
		}
	}
}

// Until is WaitFor with a maximum wait of its own.
func Until[T any](ctx context.Context, every, maxWait time.Duration, fetch func(context.Context) (T, error), done func(T) bool) (T, error) {
	deadline := time.Now().Add(maxWait)
	for {
		v, err := fetch(ctx)
		if err == nil && done(v) {
			return v, nil
		}
		if time.Now().After(deadline) {
			return v, ErrTimeout
		}
		select {
		case <-ctx.Done():
			return v, ctx.Err()
		case <-time.After(every):
		}
	}
}
