package platform

import (
	"context"
	"time"
)

// Await calls read every interval until it reports done, the timeout
// passes or ctx ends. It answers the last value read and whether read
// reported done; a timeout is not an error, the caller decides.
func Await[T any](ctx context.Context, every, timeout time.Duration, read func(ctx context.Context) (T, bool, error)) (T, bool, error) {
	deadline := time.Now().Add(timeout)
	var last T
	for {
		v, done, err := read(ctx)
		if err != nil {
			return last, false, err
		}
		last = v
		if done {
			return v, true, nil
		}
		if time.Now().After(deadline) {
			return last, false, nil
		}
		select {
		case <-ctx.Done():
			return last, false, ctx.Err()
		case <-time.After(every):
		}
	}
}
