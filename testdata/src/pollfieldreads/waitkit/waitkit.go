// Package waitkit holds a crypto shop's generic helpers: a poller and a
// retrier whose callbacks are fields the caller fills.
package waitkit

import (
	"context"
	"errors"
	"time"
)

// ErrGaveUp is answered when the context ends before Done is true.
var ErrGaveUp = errors.New("waitkit: gave up")

// Poller reads a value every Every until Done says it is final or the
// context ends; a failed read is read again on the next tick.
type Poller[T any] struct {
	Every time.Duration
	Fetch func(ctx context.Context) (T, error)
	Done  func(T) bool
}

// Until polls.
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

// Retrier runs Do until it succeeds, Attempts times at most, waiting
// Delay (doubled each time) in between.
type Retrier struct {
	Attempts int
	Delay    time.Duration
	Do       func(ctx context.Context) error
}

// Run retries.
func (r Retrier) Run(ctx context.Context) error {
	var err error
	d := r.Delay
	for i := 0; i < r.Attempts; i++ {
		if err = r.Do(ctx); err == nil {
			return nil
		}
		time.Sleep(d)
		d *= 2
	}
	return err
}
