// Package retrying holds the service's generic retry helpers, each of
// which hands cenkalti/backoff v5 a closure around its callback.
package retrying

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/cenkalti/backoff/v5"
)

// ErrClient marks an answer that will not change if sent again.
var ErrClient = errors.New("client error")

// Do runs op with exponential backoff, at most five tries; a client
// error is returned at once.
func Do[T any](ctx context.Context, name string, op func() (T, error)) (T, error) {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = time.Second
	return backoff.Retry(ctx, func() (T, error) {
		v, err := op()
		if err == nil {
			return v, nil
		}
		if errors.Is(err, ErrClient) {
			return v, backoff.Permanent(err)
		}
		slog.Warn("retrying", "op", name, "err", err)
		return v, err
	}, backoff.WithBackOff(b), backoff.WithMaxTries(5))
}

// Err is Do for an operation with no result.
func Err(ctx context.Context, op func(context.Context) error) error {
	_, err := backoff.Retry(ctx, func() (struct{}, error) {
		return struct{}{}, op(ctx)
	}, backoff.WithMaxTries(4))
	return err
}

// Logged runs op once inside a closure the library never sees: the
// closure only logs.
func Logged[T any](ctx context.Context, op func() (T, error)) (T, error) {
	run := func() (T, error) {
		v, err := op()
		if err != nil {
			slog.Warn("op failed", "err", err)
		}
		return v, err
	}
	return run()
}
