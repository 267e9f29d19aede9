// Package platform holds the small pieces every service here shares:
// retries, the job runner, HTTP error types and logging.
package platform

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// ErrGiveUp wraps the last error once Retry has used all its attempts.
var ErrGiveUp = errors.New("platform: retries exhausted")

// Retry calls fn until it succeeds, attempts runs out or ctx is done.
// The wait doubles after each failure (base, 2*base, 4*base...) with a
// little jitter so a fleet of workers does not retry in lockstep.
func Retry[T any](ctx context.Context, attempts int, base time.Duration, fn func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	var last error
	wait := base
	for i := 0; i < attempts; i++ {
		v, err := fn(ctx)
		if err == nil {
			return v, nil
		}
		var perm *Permanent
		if errors.As(err, &perm) {
			return zero, perm.Err
		}
		last = err
		if i == attempts-1 {
			break
		}
		jitter := time.Duration(rand.Int64N(int64(wait) / 4))
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait *= 2
	}
	return zero, fmt.Errorf("%w: %v", ErrGiveUp, last)
}

// Permanent marks an error Retry must not retry.
type Permanent struct{ Err error }

func (p *Permanent) Error() string { return p.Err.Error() }
func (p *Permanent) Unwrap() error { return p.Err }

// Stop wraps err so Retry returns it at once.
func Stop(err error) error {
	if err == nil {
		return nil
	}
	return &Permanent{Err: err}
}
