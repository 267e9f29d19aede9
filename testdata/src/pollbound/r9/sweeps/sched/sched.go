// Package sched: schedulers that call, on every tick, a function of
// another package that reads many payouts (one per row): they poll no
// single payout and need no exit on a payout's state. A loop that reads
// one payout through the same client stays a poll.
package sched

import (
	"context"
	"time"

	"pollbound/r9/payoutapi"
)

// --- silent ---

func sweepEvery(ctx context.Context, api *payoutapi.Client, rows func() []payoutapi.Row) {
	t := time.NewTicker(10 * time.Minute)
	defer t.Stop()
	for {
		api.Sweep(ctx, rows())
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func refreshEvery(ctx context.Context, api *payoutapi.Client, rows []payoutapi.Row) {
	for range time.Tick(time.Minute) {
		if ctx.Err() != nil {
			return
		}
		_ = api.Refresh(ctx, rows)
	}
}

// --- flagged ---

func followLatest(ctx context.Context, api *payoutapi.Client, ref string) {
	for { // want `loop polling payment ref has no exit on the payment's status`
		_, _ = api.Latest(ctx, ref)
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Minute):
		}
	}
}
