// Package bound: schedulers (robfig/cron, time.Tick, errgroup workers)
// that call, on every tick, a function charging a batch of due rows one
// payment each poll no single payment and need no exit on a payment's
// status. A loop following one payment through a function that reads it
// stays a poll.
package bound

import (
	"context"
	"log"
	"time"

	"github.com/robfig/cron/v3"
	"golang.org/x/sync/errgroup"

	"sched10/dunning"
)

// --- silent ---

func dunningTicks(ctx context.Context, r *dunning.Runner) {
	for range time.Tick(15 * time.Minute) {
		if ctx.Err() != nil {
			return
		}
		if err := r.ChargeOverdue(ctx); err != nil {
			log.Printf("dunning: %v", err)
		}
	}
}

func workers(ctx context.Context, r *dunning.Runner, load func() []dunning.Invoice) error {
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		t := time.NewTicker(time.Hour)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-t.C:
			}
			r.ChargeBatch(ctx, load())
		}
	})
	return g.Wait()
}

// nightly is a local wrapper of the batch: calling it is no poll either.
func nightly(ctx context.Context, r *dunning.Runner) error {
	return r.ChargeOverdue(ctx)
}

func cronJobs(ctx context.Context, r *dunning.Runner) *cron.Cron {
	c := cron.New()
	_, _ = c.AddFunc("@every 10m", func() {
		for attempt := 0; attempt < 3; attempt++ {
			if nightly(ctx, r) == nil {
				return
			}
			time.Sleep(time.Minute)
		}
	})
	c.Start()
	return c
}

// --- flagged ---

func followInvoice(ctx context.Context, id string) {
	t := time.NewTicker(30 * time.Second)
	defer t.Stop()
	for { // want `loop polling payment id has no exit on the payment's status`
		st, err := dunning.Status(ctx, id)
		if err == nil {
			log.Printf("payment %s: %s", id, st)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func followAfterBatch(ctx context.Context, r *dunning.Runner, invs []dunning.Invoice, id string) {
	for { // want `loop polling payment read by dunning.Runner.ChargeBatchAndFollow \(stripe paymentintent.New\) has no exit on the payment's status`
		st, _ := r.ChargeBatchAndFollow(ctx, invs, id)
		log.Printf("payment %s: %s", id, st)
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Minute):
		}
	}
}
