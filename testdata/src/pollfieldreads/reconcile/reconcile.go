// Package reconcile waits for the shop's crypto charges to settle through
// waitkit's Poller, whose callbacks are fields.
package reconcile

import (
	"context"
	"time"

	"pollfieldreads/charges"
	"pollfieldreads/waitkit"
)

// Settle waits for the charge to be final: a poll through the Poller's
// fields, whose failed reads (a 404 before the charge appears included)
// are read again until the deadline. The poll rules own it; no retry
// of an answer that will never change (silent).
func Settle(ctx context.Context, c *charges.Client, code string) (*charges.Charge, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	return waitkit.Poller[*charges.Charge]{
		Every: 15 * time.Second,
		Fetch: func(ctx context.Context) (*charges.Charge, error) { return c.GetCharge(ctx, code) },
		Done:  (*charges.Charge).Final,
	}.Until(ctx)
}

// SettleOn polls on the context its caller hands it (a worker's): the
// same poll, silent.
func SettleOn(ctx context.Context, c *charges.Client, code string) (*charges.Charge, error) {
	return waitkit.Poller[*charges.Charge]{
		Every: 30 * time.Second,
		Fetch: func(ctx context.Context) (*charges.Charge, error) { return c.GetCharge(ctx, code) },
		Done:  (*charges.Charge).Final,
	}.Until(ctx)
}
