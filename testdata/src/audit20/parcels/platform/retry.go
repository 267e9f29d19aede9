package platform

import (
	"context"
	"errors"
	"log/slog"
	"time"
)

type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Permanent marks an error that Retry must not retry.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return permanent{err}
}

// Retry calls fn until it succeeds, at most attempts times, waiting base,
// 2*base, 4*base... between attempts. A Permanent error or a done context
// ends it at once.
func Retry(ctx context.Context, attempts int, base time.Duration, fn func(ctx context.Context, attempt int) error) error {
	wait := base
	var err error
	for i := 0; i < attempts; i++ {
		err = fn(ctx, i)
		if err == nil {
			return nil
		}
		var p permanent
		if errors.As(err, &p) {
			return p.err
		}
		slog.WarnContext(ctx, "retrying", "attempt", i+1, "of", attempts, "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}
