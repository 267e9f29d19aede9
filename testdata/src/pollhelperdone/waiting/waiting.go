// Package waiting holds the shop's generic wait helpers.
package waiting

import (
	"context"
	"errors"
	"time"
)

// ErrGaveUp: UntilN read maxReads times and done never said so.
var ErrGaveUp = errors.New("waiting: gave up")

// Until calls fetch every interval until done accepts the value or ctx
// ends.
func Until[T any](ctx context.Context, every time.Duration, fetch func(context.Context) (T, error), done func(T) bool) (T, error) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		v, err := fetch(ctx)
		if err == nil && done(v) {
			return v, nil
		}
		select {
		case <-ctx.Done():
			return v, ctx.Err()
		case <-t.C:
		}
	}
}

// UntilN is Until with a cap on the reads.
func UntilN[T any](ctx context.Context, every time.Duration, maxReads int, fetch func(context.Context) (T, error), done func(T) bool) (T, error) {
	var v T
	for i := 0; i < maxReads; i++ {
		got, err := fetch(ctx)
		if err == nil && done(got) {
			return got, nil
		}
		v = got
		select {
		case <-ctx.Done():
			return v, ctx.Err()
		case <-time.After(every):
		}
	}
	return v, ErrGaveUp
}
