package platform

import (
	"context"
	"errors"
	"time"
)

// ErrStillPending is returned by Poll when maxWait passed and check never
// reported done.
var ErrStillPending = errors.New("platform: still pending")

// Poll calls check every interval until it reports done, fails, the context
// ends or maxWait passes.
func Poll(ctx context.Context, every, maxWait time.Duration, check func(ctx context.Context) (bool, error)) error {
	deadline := time.Now().Add(maxWait)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		done, err := check(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		if time.Now().After(deadline) {
			return ErrStillPending
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
