// Package retryx holds the small retry and polling helpers shared by the
// provider clients.
package retryx

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"
)

// Policy says how often and how patiently an operation is retried.
type Policy struct {
	Attempts int
	Initial  time.Duration
	Max      time.Duration
}

// Default is three attempts starting at one second.
var Default = Policy{Attempts: 3, Initial: time.Second, Max: 10 * time.Second}

type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Stop marks err as not worth retrying.
func Stop(err error) error { return permanent{err} }

// IsStop reports whether err was marked with Stop.
func IsStop(err error) bool {
	var p permanent
	return errors.As(err, &p)
}

// Do runs op until it succeeds, returns a Stop error, the attempts are
// used up or ctx ends. The wait doubles after each failure, with jitter.
func Do[T any](ctx context.Context, p Policy, op func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	wait := p.Initial
	var lastErr error
	for attempt := 1; attempt <= p.Attempts; attempt++ {
		v, err := op(ctx)
		if err == nil {
			return v, nil
		}
		if IsStop(err) {
			return zero, errors.Unwrap(err)
		}
		lastErr = err
		if attempt == p.Attempts {
			break
		}
		jitter := time.Duration(rand.Int64N(int64(wait) / 4))
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait = min(wait*2, p.Max)
	}
	return zero, lastErr
}

// QuickCheck is the pause between the first status checks right after a
// backer comes back from a provider's page, when the answer usually
// arrives within a second or two.
const QuickCheck = 500 * time.Millisecond
