// Package retrykit is the marketplace's shared retry helper (pkg/retry in
// the monorepo). Every service that talks to a PSP goes through it.
package retrykit

import (
	"context"
	"errors"
	"time"
)

// Policy says how often and how long to retry.
type Policy struct {
	Attempts int
	Base     time.Duration
}

// Default backs off 1s, 2s, 4s, 8s.
var Default = Policy{Attempts: 5, Base: time.Second}

// ErrPermanent marks an error that must not be retried.
var ErrPermanent = errors.New("permanent")

// Do calls fn until it succeeds, returns a permanent error, or the policy
// runs out. The wait doubles after each failure.
func Do(ctx context.Context, p Policy, fn func(ctx context.Context) error) error {
	wait := p.Base
	var err error
	for i := 0; i < p.Attempts; i++ {
		if err = fn(ctx); err == nil || errors.Is(err, ErrPermanent) {
			return err
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

// Quick retries a few times with a short fixed pause; meant for cheap
// internal calls.
func Quick(fn func() error) error {
	var err error
	for i := 0; i < 4; i++ {
		if err = fn(); err == nil {
			return nil
		}
		time.Sleep(150 * time.Millisecond)
	}
	return err
}
