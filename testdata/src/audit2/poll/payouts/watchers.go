package payouts

import (
	"context"
	"log"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

// ConfirmBatch waits for every payment of a settlement batch in parallel.
func (c *Confirmer) ConfirmBatch(ctx context.Context, ids []string) error {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(8)
	for _, id := range ids {
		id := id
		g.Go(func() error {
			for {
				p, err := c.api.Payment(ctx, id)
				if err != nil {
					return err
				}
				if p.Status == "CONFIRMED" || p.Status == "FAILED" {
					return nil
				}
				select {
				case <-ctx.Done():
					return ctx.Err()
				case <-time.After(time.Second): // want "\\[pollinterval\\] payment status polled every 1s"
				}
			}
		})
	}
	return g.Wait()
}

// RatesCache keeps FX rates fresh for the pricing page.
type RatesCache struct {
	api   *API
	mu    sync.RWMutex
	rates map[string]float64
}

// Refresh reloads the rates every second until ctx ends.
func (r *RatesCache) Refresh(ctx context.Context) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		rates, err := r.api.Rates(ctx)
		if err != nil {
			log.Printf("fx: %v", err)
			continue
		}
		r.mu.Lock()
		r.rates = rates
		r.mu.Unlock()
	}
}

// Healthcheck pings the acquirer until it answers, at start-up.
func Healthcheck(ctx context.Context, api *API) error {
	for range time.Tick(500 * time.Millisecond) {
		if _, err := api.Rates(ctx); err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return nil
}
