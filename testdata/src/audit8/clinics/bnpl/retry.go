package bnpl

import (
	"context"
	"errors"
	"time"
)

// permanent marks an error the retry helper must not retry.
type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }

// withRetry runs fn up to attempts times with a doubling wait, stopping on
// a permanent error or when ctx ends.
func withRetry(ctx context.Context, attempts int, fn func() error) error {
	wait := time.Second
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(); err == nil {
			return nil
		}
		var p permanent
		if errors.As(err, &p) {
			return p.err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}
