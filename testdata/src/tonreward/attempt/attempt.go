// Package attempt is a game studio's in-house retry helper, used by
// every package of its module: it calls op until it returns nil, up to n
// times, doubling the pause in between.
package attempt

import (
	"context"
	"time"
)

func Upto(ctx context.Context, n int, pause time.Duration, op func(context.Context) error) error {
	err := op(ctx)
	for tries := 1; err != nil && tries < n; tries++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pause):
		}
		pause += pause
		err = op(ctx)
	}
	return err
}
