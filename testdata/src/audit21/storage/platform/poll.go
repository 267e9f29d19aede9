package platform

import (
	"context"
	"time"
)

// Until calls check every interval until it reports done, returns an error,
// or ctx ends. It is used for things that settle asynchronously.
func Until(ctx context.Context, every time.Duration, check func(ctx context.Context) (bool, error)) error {
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
