// Package renewals collects unpaid subscription renewals on a schedule
// through whichever payment provider main wires in; it never sees the
// provider's package. The per-row work sits in a method of its own, one
// call below the worker's pass.
package renewals

import (
	"context"
	"log"
	"time"

	"github.com/google/uuid"
)

// Sub is one subscription renewal due.
type Sub struct {
	ID          string
	Customer    string
	AmountMinor int64
}

// Collector collects a renewal; key is the idempotency key to send.
type Collector interface {
	Collect(ctx context.Context, s Sub, key string) (string, error)
}

// SubStore holds the renewals.
type SubStore interface {
	ListUnpaid(ctx context.Context) ([]Sub, error)
	SetPaid(ctx context.Context, id, ref string) error
	MarkProcessing(ctx context.Context, id string) error
}

// Renewer collects every unpaid renewal on each tick; a renewal whose
// collection failed (or whose answer was lost) stays unpaid, so the next
// tick collects it again, keyed by the renewal's id.
type Renewer struct {
	psp  Collector
	subs SubStore
}

// NewRenewer returns a Renewer.
func NewRenewer(psp Collector, subs SubStore) *Renewer { return &Renewer{psp: psp, subs: subs} }

// Run sweeps every minute until ctx ends.
func (r *Renewer) Run(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for range t.C {
		r.sweep(ctx)
	}
}

func (r *Renewer) sweep(ctx context.Context) {
	due, err := r.subs.ListUnpaid(ctx)
	if err != nil {
		log.Printf("renewals: %v", err)
		return
	}
	for _, s := range due {
		r.collectOne(ctx, s)
	}
}

func (r *Renewer) collectOne(ctx context.Context, s Sub) {
	ref, err := r.psp.Collect(ctx, s, "renewal-"+s.ID)
	if err != nil {
		log.Printf("renewal %s: %v (next tick)", s.ID, err)
		return
	}
	_ = r.subs.SetPaid(ctx, s.ID, ref)
}

// FreshRenewer makes the key inside its per-row method: every tick sends
// the same renewal under a new key.
type FreshRenewer struct {
	PSP  Collector
	Subs SubStore
}

// Run sweeps until ctx ends.
func (r *FreshRenewer) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(5 * time.Minute):
		}
		due, err := r.Subs.ListUnpaid(ctx)
		if err != nil {
			continue
		}
		for _, s := range due {
			r.charge(ctx, s)
		}
	}
}

func (r *FreshRenewer) charge(ctx context.Context, s Sub) {
	key := uuid.NewString()
	if ref, err := r.PSP.Collect(ctx, s, key); err == nil {
		_ = r.Subs.SetPaid(ctx, s.ID, ref)
	}
}

// ClaimingRenewer claims the row before collecting: a failed collection
// leaves it processing, and the next tick does not select it.
type ClaimingRenewer struct {
	PSP  Collector
	Subs SubStore
}

// Run sweeps until ctx ends.
func (r *ClaimingRenewer) Run(ctx context.Context) {
	for {
		due, _ := r.Subs.ListUnpaid(ctx)
		for _, s := range due {
			r.collectOne(ctx, s)
		}
		time.Sleep(time.Minute)
	}
}

func (r *ClaimingRenewer) collectOne(ctx context.Context, s Sub) {
	if err := r.Subs.MarkProcessing(ctx, s.ID); err != nil {
		return
	}
	ref, err := r.PSP.Collect(ctx, s, "")
	if err != nil {
		log.Printf("renewal %s: %v (left for review)", s.ID, err)
		return
	}
	_ = r.Subs.SetPaid(ctx, s.ID, ref)
}

// OnceRenewer collects the unpaid renewals once, when an operator runs
// it: nothing runs it again.
type OnceRenewer struct {
	PSP  Collector
	Subs SubStore
}

// RunOnce makes one pass.
func (r *OnceRenewer) RunOnce(ctx context.Context) error {
	due, err := r.Subs.ListUnpaid(ctx)
	if err != nil {
		return err
	}
	for _, s := range due {
		r.collectOne(ctx, s)
	}
	return nil
}

func (r *OnceRenewer) collectOne(ctx context.Context, s Sub) {
	if ref, err := r.PSP.Collect(ctx, s, ""); err == nil {
		_ = r.Subs.SetPaid(ctx, s.ID, ref)
	}
}

// Reminder mails every unpaid customer on each tick through a Collector
// -shaped notifier: main binds a mailer.
type Reminder struct {
	Notify Collector
	Subs   SubStore
}

// Run reminds every hour.
func (r *Reminder) Run(ctx context.Context) {
	for range time.Tick(time.Hour) {
		due, _ := r.Subs.ListUnpaid(ctx)
		for _, s := range due {
			r.remind(ctx, s)
		}
	}
}

func (r *Reminder) remind(ctx context.Context, s Sub) {
	_, _ = r.Notify.Collect(ctx, s, uuid.NewString())
}
