package platform

import (
	"context"
	"errors"
	"math/rand"
	"time"
)

// RetryPolicy says how often and how patiently Retry tries again.
type RetryPolicy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

// DefaultRetry is what most outbound calls use.
var DefaultRetry = RetryPolicy{Attempts: 4, Base: 2 * time.Second, Max: 30 * time.Second}

// ErrStop wraps an error that must not be retried.
type ErrStop struct{ Err error }

func (e ErrStop) Error() string { return e.Err.Error() }
func (e ErrStop) Unwrap() error { return e.Err }

// Stop marks err as final.
func Stop(err error) error { return ErrStop{Err: err} }

// Retry runs fn until it succeeds, returns a Stop error, the context ends or
// the attempts are used up. The wait doubles after each failure, with jitter.
func Retry(ctx context.Context, p RetryPolicy, fn func(ctx context.Context) error) error {
	wait := p.Base
	var err error
	for attempt := 1; attempt <= p.Attempts; attempt++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var stop ErrStop
		if errors.As(err, &stop) {
			return stop.Err
		}
		if attempt == p.Attempts {
			break
		}
		jitter := time.Duration(rand.Int63n(int64(wait) / 4))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait *= 2
		if wait > p.Max {
			wait = p.Max
		}
	}
	return err
}
