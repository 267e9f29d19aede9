// Package retrykit holds the merchant's retrier: the operation and the
// policy are fields the caller fills.
package retrykit

import (
	"context"
	"time"
)

// Retrier runs Do up to Attempts times, sleeping Delay between attempts.
type Retrier struct {
	Attempts int
	Delay    time.Duration
	Do       func(ctx context.Context) error
}

// Run calls Do until it succeeds or the attempts run out.
func (r Retrier) Run(ctx context.Context) error {
	var err error
	for i := 0; i < r.Attempts; i++ {
		if err = r.Do(ctx); err == nil {
			return nil
		}
		time.Sleep(r.Delay)
	}
	return err
}

// Once runs its Do a single time, logging a failure: no retry.
type Once struct {
	Do  func(ctx context.Context) error
	Log func(error)
}

// Run calls Do once.
func (o Once) Run(ctx context.Context) {
	if err := o.Do(ctx); err != nil && o.Log != nil {
		o.Log(err)
	}
}
