// Package kit holds small in-house helpers shared by the services.
package kit

import (
	"context"
	"errors"
	"math/rand"
	"time"
)

type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Stop marks an error that Retry must not retry.
func Stop(err error) error { return permanent{err} }

// Retry runs fn up to attempts times, waiting base, 2*base, 4*base (with
// jitter) between attempts. It stops early on an error wrapped by Stop or
// when ctx ends.
func Retry(ctx context.Context, attempts int, base time.Duration, fn func(ctx context.Context) error) error {
	var err error
	wait := base
	for i := 0; i < attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var p permanent
		if errors.As(err, &p) {
			return p.err
		}
		jitter := time.Duration(rand.Int63n(int64(wait)/4 + 1))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait *= 2
	}
	return err
}
