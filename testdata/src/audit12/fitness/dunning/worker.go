// Package dunning retries failed membership renewals.
package dunning

import (
	"context"
	"errors"
	"log"
	"time"

	"audit12/fitness/domain"
)

// MemberSource loads members.
type MemberSource interface {
	Get(ctx context.Context, id string) (*domain.Member, error)
}

// Worker retries failed renewals of one provider on a schedule: a declined
// card is tried again three days later, at most four times.
type Worker struct {
	Provider string
	Charger  domain.Charger
	Invoices domain.InvoiceStore
	Members  MemberSource
	Notifier domain.Notifier
	Every    time.Duration
}

// Run processes due invoices until ctx ends.
func (w *Worker) Run(ctx context.Context) {
	t := time.NewTicker(w.Every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := w.tick(ctx); err != nil {
			log.Printf("dunning %s: %v", w.Provider, err)
		}
	}
}

func (w *Worker) tick(ctx context.Context) error {
	due, err := w.Invoices.DueForRetry(ctx, w.Provider, 50)
	if err != nil {
		return err
	}
	for _, inv := range due {
		w.retryOne(ctx, inv)
		time.Sleep(200 * time.Millisecond)
	}
	return nil
}

func (w *Worker) retryOne(ctx context.Context, inv domain.Invoice) {
	m, err := w.Members.Get(ctx, inv.MemberID)
	if err != nil {
		log.Printf("dunning: member %s: %v", inv.MemberID, err)
		return
	}
	ref, err := w.Charger.ChargeStored(ctx, *m, inv) // audit: reported at cmd/gymd/main.go:113 (idempotency, where main binds the worker's Charger): after a non-decline error the ticker pass charges the same failed invoice again on the next tick; wired in main to braintreepay.Gateway, whose Transaction.Create sends no key, so a sale that went through is charged twice
	switch {
	case err == nil:
		if err := w.Invoices.MarkPaid(ctx, inv.ID, ref); err != nil {
			log.Printf("dunning: mark %s paid: %v", inv.ID, err)
		}
	case errors.Is(err, domain.ErrDeclined):
		_ = w.Invoices.ScheduleRetry(ctx, inv.ID, time.Now().Add(72*time.Hour))
		_ = w.Notifier.Push(ctx, inv.MemberID, "Payment failed", "Please update your card to keep your membership active.")
	case errors.Is(err, domain.ErrStillPending):
		// the provider's webhook settles it
	default:
		log.Printf("dunning: invoice %s: %v (will retry next tick)", inv.ID, err)
	}
}
