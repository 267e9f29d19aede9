// Package retryx holds the small retry helpers used by the provider clients.
package retryx

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"net/http"
	"time"
)

// StatusError is an HTTP answer the caller did not expect.
type StatusError struct {
	Code int
	Body string
}

func (e *StatusError) Error() string { return fmt.Sprintf("http %d: %s", e.Code, e.Body) }

// Transient reports whether an error is worth another attempt: network
// errors, 408, 425, 429 and 5xx.
func Transient(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		switch {
		case se.Code == http.StatusTooManyRequests, se.Code == http.StatusRequestTimeout,
			se.Code == http.StatusTooEarly, se.Code >= 500:
			return true
		}
		return false
	}
	return !errors.Is(err, context.Canceled)
}

// Policy bounds a retry.
type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

// Default is three attempts starting at one second.
var Default = Policy{Attempts: 3, Base: time.Second, Max: 20 * time.Second}

// Do runs fn until it succeeds, returns an error Transient rejects, or the
// policy is exhausted. The wait doubles with jitter.
func Do[T any](ctx context.Context, p Policy, fn func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	wait := p.Base
	var last error
	for attempt := 0; attempt < p.Attempts; attempt++ {
		v, err := fn(ctx)
		if err == nil {
			return v, nil
		}
		last = err
		if !Transient(err) {
			return zero, err
		}
		jitter := time.Duration(rand.Int63n(int64(wait) / 2))
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait *= 2
		if wait > p.Max {
			wait = p.Max
		}
	}
	return zero, fmt.Errorf("gave up after %d attempts: %w", p.Attempts, last)
}
