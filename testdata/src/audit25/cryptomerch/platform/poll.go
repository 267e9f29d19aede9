package platform

import (
	"context"
	"errors"
	"time"
)

// ErrGaveUp is returned by Poller.Until when its context ends first.
var ErrGaveUp = errors.New("platform: gave up waiting")

// Poller reads a value every Every until Done says it is settled.
type Poller[T any] struct {
	Every time.Duration
	Fetch func(ctx context.Context) (T, error)
	Done  func(T) bool
}

// Until polls until Done answers true or ctx ends.
func (p Poller[T]) Until(ctx context.Context) (T, error) {
	t := time.NewTicker(p.Every)
	defer t.Stop()
	var last T
	for {
		v, err := p.Fetch(ctx)
		if err == nil {
			last = v
			if p.Done(v) {
				return v, nil
			}
		}
		select {
		case <-ctx.Done():
			return last, ErrGaveUp
		case <-t.C:
		}
	}
}
