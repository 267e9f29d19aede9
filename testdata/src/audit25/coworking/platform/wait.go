package platform

import (
	"context"
	"errors"
	"time"
)

// ErrStillPending is returned by WaitUntil when the check never said done.
var ErrStillPending = errors.New("still pending")

// WaitUntil calls check every interval until it reports done, up to
// maxChecks times. A check error stops the wait.
func WaitUntil(ctx context.Context, interval time.Duration, maxChecks int, check func(ctx context.Context) (bool, error)) error {
	for i := 0; i < maxChecks; i++ {
		done, err := check(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(interval):
		}
	}
	return ErrStillPending
}
