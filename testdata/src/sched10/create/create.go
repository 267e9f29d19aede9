// Package create: a scheduler that charges a batch of due rows on every
// tick creates no payment "again" and polls none; a loop that creates
// one payment per pass and polls it does.
package create

import (
	"context"
	"log"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"golang.org/x/sync/errgroup"

	"sched10/dunning"
)

// --- silent ---

func dunningLoop(ctx context.Context, r *dunning.Runner) {
	hourly := time.NewTicker(time.Hour)
	daily := time.NewTicker(24 * time.Hour)
	defer hourly.Stop()
	defer daily.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-hourly.C:
			if err := r.ChargeOverdue(ctx); err != nil {
				log.Printf("dunning: %v", err)
			}
		case <-daily.C:
			log.Printf("daily report")
		}
	}
}

func shardWorkers(ctx context.Context, r *dunning.Runner, shards [][]dunning.Invoice) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, shard := range shards {
		g.Go(func() error {
			for range time.Tick(10 * time.Minute) {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				r.ChargeBatch(ctx, shard)
			}
			return nil
		})
	}
	return g.Wait()
}

// --- flagged ---

func payUntilSucceeded(ctx context.Context, params *stripe.PaymentIntentParams) error {
	for range time.Tick(time.Minute) {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		pi, err := paymentintent.New(params) // want `new payment created inside the loop that polls payment pi.ID`
		if err != nil {
			continue
		}
		got, err := paymentintent.Get(pi.ID, nil)
		if err != nil {
			continue
		}
		if got.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
	}
	return nil
}
