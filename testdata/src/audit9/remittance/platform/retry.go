// Package platform has the small helpers shared by every service: retries,
// polling and webhook signatures.
package platform

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"time"
)

// StatusError is a non-2xx answer of a partner API.
type StatusError struct {
	Status int
	Body   string
}

func (e *StatusError) Error() string { return fmt.Sprintf("partner answered %d: %s", e.Status, e.Body) }

// IsTemporary reports whether err is worth another attempt: network
// failures, 429 and 5xx.
func IsTemporary(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Status == 429 || se.Status >= 500
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	return errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, context.DeadlineExceeded)
}

// RetryPolicy bounds Do.
type RetryPolicy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

// DefaultPolicy is used by most partner calls.
var DefaultPolicy = RetryPolicy{Attempts: 4, Base: time.Second, Max: 20 * time.Second}

// Do calls fn until it succeeds, fails permanently or the policy is spent.
// The wait doubles after each temporary failure.
func Do[T any](ctx context.Context, p RetryPolicy, fn func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	wait := p.Base
	var lastErr error
	for attempt := 0; attempt < p.Attempts; attempt++ {
		v, err := fn(ctx)
		if err == nil {
			return v, nil
		}
		if !IsTemporary(err) {
			return zero, err
		}
		lastErr = err
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
		if wait > p.Max {
			wait = p.Max
		}
	}
	return zero, fmt.Errorf("gave up after %d attempts: %w", p.Attempts, lastErr)
}
