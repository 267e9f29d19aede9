package kit

import (
	"context"
	"errors"
	"time"
)

type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Permanent marks err as not worth another attempt.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return permanent{err}
}

// Do runs fn up to attempts times. Between failures it waits 1s, 2s,
// 4s... and it stops early on a Permanent error or when ctx ends.
func Do(ctx context.Context, attempts int, fn func(context.Context) error) error {
	wait := time.Second
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var p permanent
		if errors.As(err, &p) {
			return p.err
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

// Poll calls probe until it reports done, starting at every and slowing
// down by half each round, until ctx ends.
func Poll[T any](ctx context.Context, every time.Duration, probe func(context.Context) (T, bool, error)) (T, error) {
	for {
		v, done, err := probe(ctx)
		if err != nil || done {
			return v, err
		}
		select {
		case <-ctx.Done():
			return v, ctx.Err()
		case <-time.After(every):
		}
		every += every / 2
	}
}
