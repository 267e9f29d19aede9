// Package waitx waits for a condition a callback reports, every so
// often, within a budget of its own.
package waitx

import (
	"context"
	"time"
)

// Until calls done every `every` until it reports true, an error, or the
// budget ends: then it answers (false, nil).
func Until(ctx context.Context, budget, every time.Duration, done func(ctx context.Context) (bool, error)) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		ok, err := done(ctx)
		if err != nil {
			return false, err
		}
		if ok {
			return true, nil
		}
		select {
		case <-ctx.Done():
			return false, nil
		case <-t.C:
		}
	}
}
