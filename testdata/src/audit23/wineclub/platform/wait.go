package platform

import (
	"context"
	"errors"
	"time"
)

// ErrGaveUp is returned by WaitFor when the condition is still not met
// after the timeout.
var ErrGaveUp = errors.New("gave up waiting")

// WaitFor calls check every interval until it answers done, returns an
// error, or timeout passes.
func WaitFor(ctx context.Context, every, timeout time.Duration, check func(context.Context) (bool, error)) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		done, err := check(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			return ErrGaveUp
		case <-t.C:
		}
	}
}
