// Package waiter is an in-house "call until done" helper.
package waiter

import (
	"context"
	"time"
)

// Probe reports whether the awaited state is reached.
type Probe func(ctx context.Context) (bool, error)

// Every calls probe every d until it is done, fails, or ctx ends.
func Every(ctx context.Context, d time.Duration, probe Probe) error {
	for {
		done, err := probe(ctx)
		if err != nil || done {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(d):
		}
	}
}
