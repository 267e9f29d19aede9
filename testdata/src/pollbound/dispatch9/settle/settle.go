// Package settle waits for payouts through an interface cut from the rail
// client (written in rail's types); main wires the client in.
package settle

import (
	"context"
	"time"

	"pollbound/dispatch9/rail"
)

type Payouts interface {
	PayoutByID(ctx context.Context, id int64) (*rail.Payout, error)
	Recent(ctx context.Context, since int64) ([]rail.Payout, error)
}

// One is a one-method interface in rail's types: it may as well be a
// cache of rail's payouts; nothing says the client is behind it.
type One interface {
	PayoutByID(ctx context.Context, id int64) (*rail.Payout, error)
}

func WaitOne(ctx context.Context, o One, id int64) string {
	for {
		p, err := o.PayoutByID(ctx, id)
		if err == nil && (p.State == "paid" || p.State == "failed") {
			return p.State
		}
		time.Sleep(5 * time.Second)
	}
}

type Waiter struct {
	payouts Payouts
}

func (w *Waiter) Wait(ctx context.Context, id int64) string {
	for { // want `loop polling payment id has no bound`
		p, err := w.payouts.PayoutByID(ctx, id)
		if err != nil {
			time.Sleep(5 * time.Second)
			continue
		}
		if p.State == "paid" || p.State == "failed" {
			return p.State
		}
		time.Sleep(5 * time.Second)
	}
}

// WaitBounded gives up after an hour.
func (w *Waiter) WaitBounded(ctx context.Context, id int64) string {
	deadline := time.Now().Add(time.Hour)
	for time.Now().Before(deadline) {
		p, err := w.payouts.PayoutByID(ctx, id)
		if err == nil && (p.State == "paid" || p.State == "failed") {
			return p.State
		}
		time.Sleep(5 * time.Second)
	}
	return "timeout"
}
