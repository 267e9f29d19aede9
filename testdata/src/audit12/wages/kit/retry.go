// Package kit holds small in-house helpers shared by the services:
// retries, waiting for a remote state, and request signing.
package kit

import (
	"context"
	"errors"
	"math/rand"
	"time"
)

// Temporary marks an error as worth another attempt.
type Temporary struct{ Err error }

func (t *Temporary) Error() string { return t.Err.Error() }
func (t *Temporary) Unwrap() error { return t.Err }

// Retryable wraps err so that Retry tries again.
func Retryable(err error) error { return &Temporary{Err: err} }

// Policy says how often and how patiently to retry.
type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

// DefaultPolicy is three attempts, 2s then 4s apart.
var DefaultPolicy = Policy{Attempts: 3, Base: 2 * time.Second, Max: 30 * time.Second}

// Retry calls op until it succeeds, returns a non-temporary error, the
// attempts run out or ctx ends. Waits grow exponentially with jitter.
func Retry(ctx context.Context, p Policy, op func(ctx context.Context) error) error {
	wait := p.Base
	var err error
	for attempt := 1; attempt <= p.Attempts; attempt++ {
		err = op(ctx)
		if err == nil {
			return nil
		}
		var tmp *Temporary
		if !errors.As(err, &tmp) {
			return err
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
		wait = min(wait*2, p.Max)
	}
	return err
}

// Await calls fetch every interval until done reports true, ctx ends or
// timeout passes. It returns the last value seen and whether done was
// reached; a timeout is not an error.
func Await[T any](ctx context.Context, every, timeout time.Duration, fetch func(context.Context) (T, error), done func(T) bool) (T, bool, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	tick := time.NewTicker(every)
	defer tick.Stop()
	var last T
	for {
		v, err := fetch(ctx)
		if err != nil {
			return last, false, err
		}
		last = v
		if done(v) {
			return v, true, nil
		}
		select {
		case <-ctx.Done():
			return last, false, ctx.Err()
		case <-deadline.C:
			return last, false, nil
		case <-tick.C:
		}
	}
}
