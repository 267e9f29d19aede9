// Package pollkit is the team's shared "wait until" helper.
package pollkit

import (
	"context"
	"time"
)

// CheckFunc reports whether the awaited condition holds.
type CheckFunc func(ctx context.Context) (done bool, err error)

// Until calls check every interval until it reports done, fails, or ctx ends.
func Until(ctx context.Context, every time.Duration, check CheckFunc) error {
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
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
