package platform

import (
	"context"
	"errors"
	"time"
)

// ErrStillPending is returned by WaitFor when the deadline passed before the
// check reported done.
var ErrStillPending = errors.New("platform: still pending")

// WaitFor calls check every interval until it reports done, returns an
// error, or maxWait passes. The value of the last check is returned.
func WaitFor[T any](ctx context.Context, maxWait, interval time.Duration, check func(context.Context) (T, bool, error)) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, maxWait)
	defer cancel()
	t := time.NewTicker(interval)
	defer t.Stop()
	var last T
	for {
		v, done, err := check(ctx)
		if err != nil {
			return v, err
		}
		last = v
		if done {
			return v, nil
		}
		select {
		case <-ctx.Done():
			return last, ErrStillPending
		case <-t.C:
		}
	}
}
