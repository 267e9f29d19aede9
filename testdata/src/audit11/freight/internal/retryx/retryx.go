// Package retryx is the small retry helper shared by the provider clients.
package retryx

import (
	"context"
	"errors"
	"time"
)

// Policy says how often and how patiently to retry.
type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

// Default is three attempts, 2s then 4s apart.
var Default = Policy{Attempts: 3, Base: 2 * time.Second, Max: 30 * time.Second}

type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Stop marks err as not worth retrying.
func Stop(err error) error {
	if err == nil {
		return nil
	}
	return permanent{err}
}

// Do calls fn until it succeeds, returns a Stop error, the context ends or
// the attempts are used up. The wait doubles after every failure.
func Do[T any](ctx context.Context, p Policy, fn func(ctx context.Context, attempt int) (T, error)) (T, error) {
	var zero T
	wait := p.Base
	var lastErr error
	for attempt := 1; attempt <= p.Attempts; attempt++ {
		v, err := fn(ctx, attempt)
		if err == nil {
			return v, nil
		}
		var perm permanent
		if errors.As(err, &perm) {
			return zero, perm.err
		}
		lastErr = err
		if attempt == p.Attempts {
			break
		}
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
		if p.Max > 0 && wait > p.Max {
			wait = p.Max
		}
	}
	return zero, lastErr
}

// Transient reports whether an HTTP status is worth another attempt.
func Transient(status int) bool {
	return status == 408 || status == 425 || status == 429 || status >= 500
}
