// Package waitfor holds the app's poll helpers.
package waitfor

import (
	"context"
	"time"
)

// Within calls check every `every` until it reports done, fails, or the
// budget runs out: the helper gives the caller's context a deadline of
// its own, so even context.Background() is bounded.
func Within(ctx context.Context, budget, every time.Duration, check func(context.Context) (bool, error)) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		done, err := check(ctx)
		if err != nil || done {
			return done, err
		}
		select {
		case <-ctx.Done():
			return false, nil
		case <-t.C:
		}
	}
}

// Budgeted is Within with the deadline in a context of its own.
func Budgeted(ctx context.Context, budget, every time.Duration, check func(context.Context) (bool, error)) (bool, error) {
	bctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	for {
		done, err := check(bctx)
		if err != nil || done {
			return done, err
		}
		select {
		case <-bctx.Done():
			return false, nil
		case <-time.After(every):
		}
	}
}

// Until calls check every `every` until it reports done or ctx ends: it
// is bounded only by the caller's context.
func Until(ctx context.Context, every time.Duration, check func(context.Context) (bool, error)) (bool, error) {
	for {
		done, err := check(ctx)
		if err != nil || done {
			return done, err
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(every):
		}
	}
}
