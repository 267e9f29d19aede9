package platform

import (
	"context"
	"errors"
	"math/rand"
	"time"
)

// ErrGaveUp is returned by Retry when every attempt failed.
var ErrGaveUp = errors.New("platform: gave up after retries")

// Retry calls fn up to attempts times, sleeping with jittered exponential
// backoff between calls. It returns the first success.
func Retry[T any](ctx context.Context, attempts int, fn func(context.Context) (T, error)) (T, error) {
	var zero T
	wait := 500 * time.Millisecond
	var last error
	for i := 0; i < attempts; i++ {
		v, err := fn(ctx)
		if err == nil {
			return v, nil
		}
		last = err
		jitter := time.Duration(rand.Int63n(int64(wait / 4)))
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait + jitter):
		}
		wait *= 2
	}
	return zero, errors.Join(ErrGaveUp, last)
}

// WaitFor calls check every interval until it reports done, the context
// ends, or max has elapsed. It reports whether check finished; running
// out of time is not an error, the caller decides what to do.
func WaitFor(ctx context.Context, every, max time.Duration, check func(context.Context) (bool, error)) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, max)
	defer cancel()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		done, err := check(ctx)
		if err != nil {
			return false, err
		}
		if done {
			return true, nil
		}
		select {
		case <-ctx.Done():
			return false, nil
		case <-t.C:
		}
	}
}
