package platform

import (
	"context"
	"errors"
	"time"
)

// ErrStillPending is returned by WaitFor when the deadline passes before
// check reports a final state.
var ErrStillPending = errors.New("still pending")

// WaitFor calls check every interval until it reports done, returns an
// error, or max elapses.
func WaitFor(ctx context.Context, interval, max time.Duration, check func(ctx context.Context) (bool, error)) error {
	ctx, cancel := context.WithTimeout(ctx, max)
	defer cancel()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		done, err := check(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			return ErrStillPending
		case <-t.C:
		}
	}
}
