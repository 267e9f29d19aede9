package paypalstatus

import (
	"context"
	"time"
)

// SeatMap is the inventory service: which seats of a performance are free.
type SeatMap interface {
	Available(ctx context.Context, performanceID string) (int, error)
	HoldStatus(ctx context.Context, holdID string) (string, error)
}

// WatchAvailability pushes seat counts to the on-sale waiting room every
// 300ms; it is our own in-memory inventory, not a payment.
func WatchAvailability(ctx context.Context, seats SeatMap, perf string, push func(int)) error {
	t := time.NewTicker(300 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		n, err := seats.Available(ctx, perf)
		if err != nil {
			return err
		}
		push(n)
		if n == 0 {
			return nil
		}
	}
}

// WaitHoldReleased waits for a seat hold to expire or be released so the
// seat can go back on sale.
func WaitHoldReleased(ctx context.Context, seats SeatMap, holdID string) error {
	for {
		st, err := seats.HoldStatus(ctx, holdID)
		if err != nil {
			return err
		}
		if st == "released" || st == "expired" {
			return nil
		}
		time.Sleep(500 * time.Millisecond)
	}
}
