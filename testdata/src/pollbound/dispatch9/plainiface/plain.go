// Package plainiface: an interface in plain types (no type of the rail
// package) that rail's client happens to implement: nothing says the
// loop reads rail's payouts through it (main may wire a queue, a cache),
// so the loop is left alone.
package plainiface

import (
	"context"
	"time"

	_ "pollbound/dispatch9/rail"
)

type States interface {
	PayoutState(ctx context.Context, id string) (string, error)
}

func WaitPaid(ctx context.Context, s States, id string) string {
	for {
		st, err := s.PayoutState(ctx, id)
		if err == nil && (st == "paid" || st == "failed") {
			return st
		}
		time.Sleep(5 * time.Second)
	}
}
