package bank

import (
	"context"
	"errors"
	"math/rand"
	"time"
)

// retryable reports whether the bank may answer differently next time.
func retryable(err error) bool {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Status == 429 || ae.Status >= 500
	}
	return true // transport errors
}

// withRetry runs fn up to attempts times with jittered exponential backoff.
func withRetry(ctx context.Context, attempts int, fn func() error) error {
	wait := 500 * time.Millisecond
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(); err == nil || !retryable(err) {
			return err
		}
		jitter := time.Duration(rand.Int63n(int64(wait) / 2))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait *= 2
	}
	return err
}
