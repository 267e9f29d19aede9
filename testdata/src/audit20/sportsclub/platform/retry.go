package platform

import (
	"context"
	"errors"
	"time"
)

// ErrGaveUp is returned when every attempt failed.
var ErrGaveUp = errors.New("gave up after retries")

// Retry calls fn up to attempts times, doubling the wait from one second
// between failures. It stops early when ctx ends.
func Retry(ctx context.Context, attempts int, fn func(ctx context.Context) error) error {
	wait := time.Second
	var last error
	for i := 0; i < attempts; i++ {
		if last = fn(ctx); last == nil {
			return nil
		}
		L("retry").Warn("attempt failed", "attempt", i+1, "err", last)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return errors.Join(ErrGaveUp, last)
}
