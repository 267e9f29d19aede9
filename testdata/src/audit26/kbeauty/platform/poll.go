package platform

import (
	"context"
	"errors"
	"time"
)

// ErrStillPending is returned by WaitFor when its budget ran out before the
// thing it watches settled.
var ErrStillPending = errors.New("platform: still pending")

// WaitFor calls check every interval until it reports done, the context ends
// or max has passed. On timeout it returns ErrStillPending.
func WaitFor(ctx context.Context, every, max time.Duration, check func(ctx context.Context) (bool, error)) error {
	deadline := time.Now().Add(max)
	for {
		done, err := check(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		if time.Now().After(deadline) {
			return ErrStillPending
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(every):
		}
	}
}

// Poller repeatedly fetches a value until Done says it is settled.
type Poller[T any] struct {
	Fetch func(ctx context.Context) (T, error)
	Done  func(T) bool
	Every time.Duration
}

// Until polls until Done or the context ends. Fetch errors are retried.
func (p Poller[T]) Until(ctx context.Context) (T, error) {
	for {
		v, err := p.Fetch(ctx)
		if err == nil && p.Done(v) {
			return v, nil
		}
		select {
		case <-ctx.Done():
			var zero T
			return zero, ctx.Err()
		case <-time.After(p.Every):
		}
	}
}
