package platform

import (
	"context"
	"time"
)

// Poller reads something until Done says it is settled or Timeout passes.
type Poller[T any] struct {
	Every   time.Duration
	Timeout time.Duration
	Fetch   func(ctx context.Context) (T, error)
	Done    func(T) bool
}

// Until answers the last value read and whether it settled in time.
func (p Poller[T]) Until(ctx context.Context) (T, bool, error) {
	deadline := time.Now().Add(p.Timeout)
	var last T
	for {
		v, err := p.Fetch(ctx)
		if err == nil {
			last = v
			if p.Done(v) {
				return v, true, nil
			}
		}
		if time.Now().After(deadline) {
			return last, false, nil
		}
		select {
		case <-ctx.Done():
			return last, false, ctx.Err()
		case <-time.After(p.Every):
		}
	}
}
