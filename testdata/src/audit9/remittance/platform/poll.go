package platform

import (
	"context"
	"errors"
	"time"
)

// ErrPollExhausted is returned by PollUntil when maxChecks ran out.
var ErrPollExhausted = errors.New("poll: condition not reached")

// PollUntil calls check every interval until it reports done, fails, the
// context ends or maxChecks calls were made.
func PollUntil(ctx context.Context, every time.Duration, maxChecks int, check func(ctx context.Context) (bool, error)) error {
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for i := 0; i < maxChecks; i++ {
		done, err := check(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
		}
	}
	return ErrPollExhausted
}
