package platform

import (
	"context"
	"time"
)

// Poller reads something until done says it is finished.
type Poller[T any] struct {
	Every time.Duration
	Fetch func(ctx context.Context) (T, error)
	Done  func(T) bool
}

// Until keeps reading until Done is true. Errors from Fetch are logged by
// the caller's Fetch and simply read again.
func (p Poller[T]) Until(ctx context.Context) T {
	var last T
	for { // audit: reported at xenditpay/charges.go:114 (pollbound, the call of Until in WaitCharge, whose Fetch reads the charge status): no ctx check, no deadline and fetch errors are swallowed
		v, err := p.Fetch(ctx)
		if err == nil {
			last = v
			if p.Done(last) {
				return last
			}
		}
		time.Sleep(p.Every)
	}
}

// WaitFor reads until done, the deadline passes or ctx ends. It answers the
// last value read and whether it was done.
func WaitFor[T any](ctx context.Context, every, max time.Duration, fetch func(context.Context) (T, error), done func(T) bool) (T, bool, error) {
	ctx, cancel := context.WithTimeout(ctx, max)
	defer cancel()
	t := time.NewTicker(every)
	defer t.Stop()
	var last T
	for {
		v, err := fetch(ctx)
		if err == nil {
			last = v
			if done(v) {
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
