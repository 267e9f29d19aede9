// Package retrykit is a team's shared retry helper: it runs op again
// after any error, waiting longer each time, up to five attempts.
package retrykit

import (
	"context"
	"time"
)

// Do runs op until it succeeds, five attempts at most.
func Do(ctx context.Context, op func(context.Context) error) error {
	var err error
	wait := 2 * time.Second
	for attempt := 0; attempt < 5; attempt++ {
		if err = op(ctx); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}
