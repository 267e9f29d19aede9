package payouts

import (
	"context"
	"time"
)

// retryPolicy is how often and how patiently we retry Stripe calls.
type retryPolicy struct {
	attempts int
	base     time.Duration
}

func (p retryPolicy) do(ctx context.Context, fn func() error) error {
	wait := p.base
	var err error
	for i := 0; i < p.attempts; i++ {
		if err = fn(); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}
