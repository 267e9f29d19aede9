// Package kit holds the shop's own retry helpers.
package kit

import (
	"context"
	"time"
)

// Attempt runs fn up to n times, waiting longer after each failure, and
// answers its last error.
func Attempt(ctx context.Context, n int, fn func() error) error {
	var err error
	for i := 0; i < n; i++ {
		if err = fn(); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(i+1) * 500 * time.Millisecond):
		}
	}
	return err
}

// Detach retries fn in the background and returns at once.
func Detach(fn func() error) {
	go func() {
		for i := 0; i < 5; i++ {
			if fn() == nil {
				return
			}
			time.Sleep(time.Second)
		}
	}()
}
