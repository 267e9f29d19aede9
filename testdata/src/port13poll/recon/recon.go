// Package recon waits for card payments to settle through whichever
// reader main wires in; it never sees the reader's package.
package recon

import (
	"context"
	"log"
	"time"
)

// Charge is a payment as the reader returns it.
type Charge struct {
	Ref    string
	Status string
}

// Fetcher fetches a charge by its reference.
type Fetcher interface {
	Fetch(ctx context.Context, ref string) (*Charge, error)
}

// Reconciler waits for one payment until it succeeds: no deadline, and a
// declined payment is never an exit.
type Reconciler struct { // want Reconciler:"faulted port polls"
	gw Fetcher
}

// New returns a Reconciler.
func New(gw Fetcher) *Reconciler { return &Reconciler{gw: gw} }

// Await polls ref until it succeeds.
func (r *Reconciler) Await(ref string) *Charge {
	for {
		ch, err := r.gw.Fetch(context.Background(), ref)
		if err != nil {
			log.Printf("recon %s: %v", ref, err)
		} else if ch.Status == "Captured" {
			return ch
		}
		time.Sleep(10 * time.Second)
	}
}

// Bounded polls until ctx ends and leaves on either final state.
type Bounded struct {
	GW Fetcher
}

// Await polls ref.
func (b *Bounded) Await(ctx context.Context, ref string) (*Charge, error) {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
		ch, err := b.GW.Fetch(ctx, ref)
		if err != nil {
			continue
		}
		if ch.Status == "Captured" || ch.Status == "Declined" {
			return ch, nil
		}
	}
}

// Capped reads at most 30 times and leaves on either final state.
type Capped struct {
	GW Fetcher
}

// Await polls ref.
func (c *Capped) Await(ctx context.Context, ref string) *Charge {
	for i := 0; i < 30; i++ {
		ch, err := c.GW.Fetch(ctx, ref)
		if err == nil && (ch.Status == "Captured" || ch.Status == "Declined") {
			return ch
		}
		time.Sleep(5 * time.Second)
	}
	return nil
}
