package platform

import (
	"context"
	"time"
)

// WaitFor calls fetch every interval until done accepts the value or ctx ends.
func WaitFor[T any](ctx context.Context, every time.Duration, fetch func(context.Context) (T, error), done func(T) bool) (T, error) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		v, err := fetch(ctx)
		if err == nil && done(v) {
			return v, nil
		}
		select {
		case <-ctx.Done():
			return v, ctx.Err()
		case <-t.C:
		}
	}
}
