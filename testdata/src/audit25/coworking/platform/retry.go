// Package platform holds the small pieces every service of the workspace
// backend shares: retries, waiting, logging helpers.
package platform

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"net/http"
	"time"
)

// StatusError is an upstream answer we did not like.
type StatusError struct {
	Code int
	Body string
}

func (e *StatusError) Error() string { return fmt.Sprintf("upstream answered %d: %s", e.Code, e.Body) }

// Temporary reports whether the answer is worth sending again.
func (e *StatusError) Temporary() bool {
	return e.Code == http.StatusTooManyRequests || e.Code >= 500
}

// RetryPolicy configures Retry.
type RetryPolicy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

// DefaultRetry is what the payment clients use unless told otherwise.
var DefaultRetry = RetryPolicy{Attempts: 4, Base: 500 * time.Millisecond, Max: 8 * time.Second}

// Retry calls fn until it succeeds, the error is not temporary, the
// attempts run out or ctx ends. Waits grow exponentially with jitter.
func Retry(ctx context.Context, p RetryPolicy, fn func(ctx context.Context) error) error {
	var err error
	for attempt := 0; attempt < p.Attempts; attempt++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var se *StatusError
		if errors.As(err, &se) && !se.Temporary() { // audit: lookalike retrystatus: only 429 and 5xx answers go round; every other status returns at once
			return err
		}
		wait := p.Base << attempt
		if wait > p.Max {
			wait = p.Max
		}
		wait += time.Duration(rand.Int63n(int64(p.Base)))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
	return fmt.Errorf("gave up after %d attempts: %w", p.Attempts, err)
}
