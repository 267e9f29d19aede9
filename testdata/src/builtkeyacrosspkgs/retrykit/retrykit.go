// Package retrykit is the service's shared retry helper.
package retrykit

import (
	"context"
	"time"
)

// Do runs fn up to n times, doubling the wait between tries.
func Do(ctx context.Context, n int, wait time.Duration, fn func(ctx context.Context) error) error {
	var err error
	for i := 0; i < n; i++ {
		if err = fn(ctx); err == nil {
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
