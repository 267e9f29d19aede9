// Package hx is an in-house retry helper package; its helpers' waits and
// bounds reach callers in other packages through their summaries.
package hx

import (
	"context"
	"errors"
	"time"
)

// Fixed retries f up to attempts times with a fixed wait.
func Fixed(attempts int, wait time.Duration, f func() error) error {
	for i := 0; i < attempts; i++ {
		if err := f(); err == nil {
			return nil
		}
		time.Sleep(wait)
	}
	return errors.New("gave up")
}

// Forever retries f at once until it succeeds.
func Forever(f func() error) {
	for {
		if f() == nil {
			return
		}
	}
}

// Backoff retries f with a growing wait from 1s, watching ctx.
func Backoff(ctx context.Context, attempts int, f func() error) error {
	wait := time.Second
	for i := 0; i < attempts; i++ {
		if err := f(); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return errors.New("gave up")
}
