// Package platform holds small helpers shared by the services.
package platform

import (
	"context"
	"errors"
	"log"
	"math/rand"
	"time"
)

// Attempt is one try of an operation. A Permanent error stops the retry.
type Attempt func(ctx context.Context) error

type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Permanent marks err as not worth another try.
func Permanent(err error) error { return permanent{err} }

// RetryOpts tunes Retry.
type RetryOpts struct {
	Tries int
	Base  time.Duration
	Max   time.Duration
	Name  string
}

// DefaultRetry is what most callers want.
var DefaultRetry = RetryOpts{Tries: 4, Base: 500 * time.Millisecond, Max: 8 * time.Second}

// Retry runs fn until it succeeds, returns a Permanent error, the context
// ends or the tries are used up. Waits grow exponentially with jitter.
func Retry(ctx context.Context, o RetryOpts, fn Attempt) error {
	if o.Tries <= 0 {
		o.Tries = DefaultRetry.Tries
	}
	if o.Base <= 0 {
		o.Base = DefaultRetry.Base
	}
	if o.Max <= 0 {
		o.Max = DefaultRetry.Max
	}
	wait := o.Base
	var err error
	for i := 0; i < o.Tries; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var p permanent
		if errors.As(err, &p) {
			return p.err
		}
		log.Printf("%s: attempt %d failed: %v", o.Name, i+1, err)
		jitter := time.Duration(rand.Int63n(int64(wait) / 2))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait *= 2
		if wait > o.Max {
			wait = o.Max
		}
	}
	return err
}
