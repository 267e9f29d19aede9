// Package until waits for a condition.
package until

import (
	"context"
	"time"
)

// Cond reports whether the wait is over.
type Cond func(ctx context.Context) (bool, error)

// Done checks cond every pause until it holds, fails, or ctx ends.
func Done(ctx context.Context, pause time.Duration, cond Cond) error {
	tick := time.NewTicker(pause)
	defer tick.Stop()
	for {
		ok, err := cond(ctx)
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}
