// Package capture follows captured PaymentIntents until Stripe reports
// them final, so the pro's share can go into the week's payout.
package capture

import (
	"context"
	"errors"
	"log"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// ErrStillProcessing: the intent did not settle within the attempts.
var ErrStillProcessing = errors.New("capture: intent still processing")

type runKey struct{}

// Watcher follows intents stuck in processing.
type Watcher struct {
	settled func(id string, st stripe.PaymentIntentStatus)
}

func NewWatcher(settled func(id string, st stripe.PaymentIntentStatus)) *Watcher {
	return &Watcher{settled: settled}
}

// Run follows every intent, one after another, on the context it is
// handed: follow's only bound is that context.
func (w *Watcher) Run(ctx context.Context, ids []string) error {
	for _, id := range ids {
		if err := w.follow(ctx, id); err != nil {
			log.Printf("capture %s: %v", id, err)
		}
	}
	return nil
}

// RunTagged tags the context for the logs and hands it on: a value ends
// nothing.
func (w *Watcher) RunTagged(ctx context.Context, run string, ids []string) error {
	tagged := context.WithValue(ctx, runKey{}, run)
	return w.Run(tagged, ids)
}

// RunConcurrently follows every intent in a goroutine of its own.
func (w *Watcher) RunConcurrently(ctx context.Context, ids []string) {
	for _, id := range ids {
		go func(id string) {
			if err := w.follow(ctx, id); err != nil {
				log.Printf("capture %s: %v", id, err)
			}
		}(id)
	}
}

// RunWithin gives every intent two hours: bounded whatever context it is
// handed.
func (w *Watcher) RunWithin(ctx context.Context, ids []string) error {
	for _, id := range ids {
		fctx, cancel := context.WithTimeout(ctx, 2*time.Hour)
		err := w.follow(fctx, id)
		cancel()
		if err != nil {
			log.Printf("capture %s: %v", id, err)
		}
	}
	return nil
}

// RunCapped reads each intent at most 40 times.
func (w *Watcher) RunCapped(ctx context.Context, ids []string) error {
	for _, id := range ids {
		if err := w.followCapped(ctx, id); err != nil {
			log.Printf("capture %s: %v", id, err)
		}
	}
	return nil
}

// Report logs the intents it is handed; it polls nothing.
func (w *Watcher) Report(ctx context.Context, ids []string) {
	if ctx.Err() == nil {
		log.Printf("%d intents processing", len(ids))
	}
}

// follow reads the intent every 15s until it is final or ctx ends.
func (w *Watcher) follow(ctx context.Context, id string) error {
	t := time.NewTicker(15 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled:
			w.settled(id, pi.Status)
			return nil
		}
	}
}

// followCapped is follow with an attempt cap of its own.
func (w *Watcher) followCapped(ctx context.Context, id string) error {
	t := time.NewTicker(15 * time.Second)
	defer t.Stop()
	for attempt := 0; attempt < 40; attempt++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled:
			w.settled(id, pi.Status)
			return nil
		}
	}
	return ErrStillProcessing
}
