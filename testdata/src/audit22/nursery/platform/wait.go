package platform

import (
	"context"
	"time"
)

// Until calls check every interval until it reports done, the context ends,
// or maxWait passes. It answers the last value and whether it was done.
func Until[T any](ctx context.Context, interval, maxWait time.Duration, check func(context.Context) (T, bool, error)) (T, bool, error) {
	deadline := time.Now().Add(maxWait)
	var last T
	for {
		v, done, err := check(ctx)
		if err != nil {
			return v, false, err
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
		case <-time.After(interval):
		}
	}
}
