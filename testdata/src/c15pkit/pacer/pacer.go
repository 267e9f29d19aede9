// Package pacer is a generic poll helper shared by the c15p catalogue
// cases: it calls probe up to n times, a pause apart, and says whether
// probe ever reported done. It reads no payment itself.
package pacer

import (
	"context"
	"errors"
	"time"
)

// ErrExhausted is TriesErr's answer when the tries ran out.
var ErrExhausted = errors.New("pacer: tries exhausted")

// Tries answers (false, nil) when its n tries ran out with probe never
// done: the caller cannot tell "still pending" from "not yet asked".
func Tries(ctx context.Context, n int, pause time.Duration, probe func(context.Context) (bool, error)) (bool, error) {
	for attempt := 1; attempt <= n; attempt++ {
		done, err := probe(ctx)
		if err != nil {
			return false, err
		}
		if done {
			return true, nil
		}
		if err := sleep(ctx, pause); err != nil {
			return false, err
		}
	}
	return false, nil
}

// TriesErr answers ErrExhausted when its n tries ran out.
func TriesErr(ctx context.Context, n int, pause time.Duration, probe func(context.Context) (bool, error)) error {
	for attempt := 1; attempt <= n; attempt++ {
		done, err := probe(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		if err := sleep(ctx, pause); err != nil {
			return err
		}
	}
	return ErrExhausted
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
