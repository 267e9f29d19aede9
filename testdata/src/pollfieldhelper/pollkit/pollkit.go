// Package pollkit holds the merchant's generic wait helpers. Their
// callbacks are fields the caller fills, not parameters: the helpers read
// no payment themselves.
package pollkit

import (
	"context"
	"errors"
	"time"
)

// Poller reads a value until Done says it is final, sleeping Every in
// between. It checks no context and has no deadline.
type Poller[T any] struct {
	Every time.Duration
	Fetch func(ctx context.Context) (T, error)
	Done  func(T) bool
}

// Until reads until Done is true; a failed read is simply read again.
func (p Poller[T]) Until(ctx context.Context) T {
	var last T
	for {
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

// ErrTimeout is answered by BoundedPoller.Until when Timeout passes first.
var ErrTimeout = errors.New("pollkit: timed out")

// BoundedPoller is Poller with a deadline and the caller's context watched.
type BoundedPoller[T any] struct {
	Every   time.Duration
	Timeout time.Duration
	Fetch   func(ctx context.Context) (T, error)
	Done    func(T) bool
}

// Until reads until Done is true, the context ends or Timeout passes.
func (p *BoundedPoller[T]) Until(ctx context.Context) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, p.Timeout)
	defer cancel()
	var last T
	for {
		v, err := p.Fetch(ctx)
		if err == nil {
			last = v
			if p.Done(last) {
				return last, nil
			}
		}
		select {
		case <-ctx.Done():
			return last, ErrTimeout
		case <-time.After(p.Every):
		}
	}
}

// Check describes a wait by a check that answers whether it is over.
type Check struct {
	Interval time.Duration
	Ready    func(ctx context.Context) (bool, error)
}

// Await runs the check every Interval until it answers true. Errors are
// read again; nothing else stops it.
func Await(ctx context.Context, c Check) {
	for {
		if ok, err := c.Ready(ctx); err == nil && ok {
			return
		}
		time.Sleep(c.Interval)
	}
}

// Probe reads a value once, with a fallback when the read fails.
type Probe[T any] struct {
	Fetch    func(ctx context.Context) (T, error)
	Fallback T
}

// Read calls Fetch once: no loop.
func (p Probe[T]) Read(ctx context.Context) T {
	v, err := p.Fetch(ctx)
	if err != nil {
		return p.Fallback
	}
	return v
}
