package platform

import (
	"context"
	"time"
)

// Await calls check every `every` until it reports done, returns an error,
// or budget runs out. When the budget runs out it answers (false, nil):
// the caller decides what "still not done" means.
func Await(ctx context.Context, budget, every time.Duration, check func(ctx context.Context) (bool, error)) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		done, err := check(ctx)
		if err != nil {
			return false, err
		}
		if done {
			return true, nil
		}
		select {
		case <-ctx.Done():
			return false, nil
		case <-t.C:
		}
	}
}

// Until calls check every `every` until it reports done. Read errors are
// logged and the loop carries on: providers have bad minutes.
func Until(ctx context.Context, every time.Duration, check func(ctx context.Context) (bool, error)) {
	for {
		done, err := check(ctx)
		if err != nil {
			L("poll").Warn("check failed, will try again", "err", err)
		} else if done {
			return
		}
		time.Sleep(every)
	}
}
