package platform

import (
	"context"
	"time"
)

// PollUntil calls read every interval until final reports true, ctx ends
// or maxWait elapses. It returns the last value read and whether it was
// final.
func PollUntil[T any](ctx context.Context, every, maxWait time.Duration,
	read func(context.Context) (T, error), final func(T) bool) (T, bool, error) {
	ctx, cancel := context.WithTimeout(ctx, maxWait)
	defer cancel()
	var last T
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		v, err := read(ctx)
		if err != nil && !IsRetryable(err) {
			return last, false, err
		}
		if err == nil {
			last = v
			if final(v) {
				return v, true, nil
			}
		}
		select {
		case <-ctx.Done():
			return last, false, nil
		case <-t.C:
		}
	}
}
