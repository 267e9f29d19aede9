// Package platform holds small in-house helpers shared by the services:
// retries, request signing and HTTP plumbing.
package platform

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type stopError struct{ err error }

func (s stopError) Error() string { return s.err.Error() }
func (s stopError) Unwrap() error { return s.err }

// Stop marks an error as final: Retry returns it without another attempt.
func Stop(err error) error {
	if err == nil {
		return nil
	}
	return stopError{err}
}

// Retry calls fn up to attempts times, waiting base, 2*base, 4*base... between
// attempts, and gives up early on ctx or on an error wrapped with Stop.
func Retry(ctx context.Context, attempts int, base time.Duration, fn func(context.Context) error) error {
	wait := base
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var s stopError
		if errors.As(err, &s) {
			return s.err
		}
		if i == attempts-1 {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return fmt.Errorf("gave up after %d attempts: %w", attempts, err)
}

// Policy is a retry configuration carried by clients.
type Policy struct {
	Attempts int
	Base     time.Duration
}

// Do runs fn under the policy.
func (p Policy) Do(ctx context.Context, fn func(context.Context) error) error {
	return Retry(ctx, p.Attempts, p.Base, fn)
}
