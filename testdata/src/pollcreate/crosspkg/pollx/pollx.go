// Package pollx holds in-house poll helpers.
package pollx

import (
	"context"
	"time"
)

// Until calls cond every interval until it reports done or fails, or ctx
// ends.
func Until(ctx context.Context, interval time.Duration, cond func(context.Context) (bool, error)) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		done, err := cond(ctx)
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

// Do calls fn until it succeeds, at most attempts times, waiting a
// growing delay and watching ctx.
func Do(ctx context.Context, attempts int, fn func() error) error {
	var err error
	wait := time.Second
	for i := 0; i < attempts; i++ {
		if err = fn(); err == nil {
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
