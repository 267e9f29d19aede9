// Package retryx holds the retry helpers every service uses.
package retryx

import (
	"context"
	"math/rand"
	"time"
)

// Policy says how often and how patiently to retry.
type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

// Default is 4 attempts, 1s, 2s, 4s apart (with jitter).
var Default = Policy{Attempts: 4, Base: time.Second, Max: 10 * time.Second}

// Do calls fn until it succeeds, the attempts run out or ctx ends.
func Do[T any](ctx context.Context, p Policy, fn func(context.Context) (T, error)) (T, error) {
	var zero T
	var err error
	wait := p.Base
	for i := 0; i < p.Attempts; i++ {
		var v T
		if v, err = fn(ctx); err == nil {
			return v, nil
		}
		jitter := time.Duration(rand.Int63n(int64(wait)/2 + 1))
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait + jitter):
		}
		if wait *= 2; wait > p.Max {
			wait = p.Max
		}
	}
	return zero, err
}

// Quick retries a call a few times right away; for cheap idempotent reads.
func Quick(fn func() error) error {
	var err error
	for i := 0; i < 5; i++ {
		if err = fn(); err == nil {
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return err
}
