package deposits

import (
	"context"
	"time"
)

func sleepBackoff(ctx context.Context, attempt int) {
	t := time.NewTimer(time.Duration(1<<attempt) * time.Second)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
