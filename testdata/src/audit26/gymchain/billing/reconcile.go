package billing

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit26/gymchain/store"
)

var errStillProcessing = errors.New("payment intent still processing")

// Reconciler settles US ACH debits, which stay "processing" for days.
type Reconciler struct {
	ledger *store.Ledger
	every  time.Duration
}

func NewReconciler(ledger *store.Ledger, every time.Duration) *Reconciler {
	return &Reconciler{ledger: ledger, every: every}
}

func (r *Reconciler) Run(ctx context.Context) {
	t := time.NewTicker(r.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		id, err := r.ledger.NextProcessingACH(ctx)
		if err != nil || id == "" {
			continue
		}
		pi, err := r.settle(ctx, id)
		if err != nil {
			slog.Warn("ach settle", "intent", id, "err", err)
			continue
		}
		if err := r.ledger.MarkPaymentPaid(ctx, "stripe", pi.ID); err != nil {
			slog.Error("ach mark paid", "intent", id, "err", err)
		}
	}
}

func (r *Reconciler) settle(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = 30 * time.Second
	b.MaxInterval = 30 * time.Minute
	return backoff.Retry(ctx, func() (*stripe.PaymentIntent, error) { // audit: missed pollbound: WithMaxElapsedTime(0) lifts the limit and ctx is the worker's signal context from main, so an ACH debit stuck processing is polled for as long as the process runs (also arguable at main's reconciler.Run(ctx))
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return nil, backoff.Permanent(errors.New("ach debit failed: " + string(pi.Status)))
		}
		return nil, errStillProcessing
	}, backoff.WithBackOff(b), backoff.WithMaxElapsedTime(0))
}
