// Package waitkit is a generic poll helper: it calls fetch on a ticker
// until done says the value is final or its own timeout ends the wait.
// It reads no payment itself.
package waitkit

import (
	"context"
	"time"
)

// Until returns the last value fetched and whether done accepted it. When
// limit passes first it returns (last, false, nil).
func Until[T any](ctx context.Context, every, limit time.Duration,
	fetch func(context.Context) (T, error), done func(T) bool) (T, bool, error) {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	t := time.NewTicker(every)
	defer t.Stop()
	var last T
	for {
		v, err := fetch(ctx)
		if err != nil {
			return last, false, err
		}
		last = v
		if done(v) {
			return v, true, nil
		}
		select {
		case <-ctx.Done():
			return last, false, nil
		case <-t.C:
		}
	}
}

// UntilErr is Until that gives up with the context's error.
func UntilErr[T any](ctx context.Context, every, limit time.Duration,
	fetch func(context.Context) (T, error), done func(T) bool) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	t := time.NewTicker(every)
	defer t.Stop()
	var last T
	for {
		v, err := fetch(ctx)
		if err != nil {
			return last, err
		}
		last = v
		if done(v) {
			return v, nil
		}
		select {
		case <-ctx.Done():
			return last, ctx.Err()
		case <-t.C:
		}
	}
}
