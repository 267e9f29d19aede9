// Package release pays out approved milestones that the client did not
// release by hand within the review window.
package release

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/stripe/stripe-go/v82"

	"audit10/escrow/domain"
	"audit10/escrow/platform/retry"
)

// Funding captures held card funds before a release.
type Funding interface {
	Capture(ctx context.Context, m domain.Milestone) (*stripe.PaymentIntent, error)
	WaitSettled(ctx context.Context, piID string) error
}

// BatchWaiter waits for an asynchronous payout batch.
type BatchWaiter interface {
	WaitPayoutBatch(ctx context.Context, batchID string) error
}

// Worker is the auto-release job.
type Worker struct {
	milestones domain.MilestoneStore
	funding    Funding
	rails      map[domain.Rail]domain.PayoutRail
	batches    BatchWaiter
	notify     domain.Notifier
	policy     retry.Policy
	every      time.Duration
	batchSize  int
	log        *slog.Logger
}

// Option configures a Worker.
type Option func(*Worker)

// WithPolicy sets the retry policy used for payouts.
func WithPolicy(p retry.Policy) Option { return func(w *Worker) { w.policy = p } }

// WithInterval sets how often the worker scans for due milestones.
func WithInterval(d time.Duration) Option { return func(w *Worker) { w.every = d } }

// WithBatchWaiter makes the worker wait for PayPal payout batches.
func WithBatchWaiter(b BatchWaiter) Option { return func(w *Worker) { w.batches = b } }

// NewWorker builds the worker.
func NewWorker(ms domain.MilestoneStore, f Funding, rails map[domain.Rail]domain.PayoutRail, n domain.Notifier, log *slog.Logger, opts ...Option) *Worker {
	w := &Worker{
		milestones: ms, funding: f, rails: rails, notify: n, log: log,
		policy: retry.Default, every: 15 * time.Minute, batchSize: 50,
	}
	for _, o := range opts {
		o(w)
	}
	return w
}

// Run scans until ctx is cancelled.
func (w *Worker) Run(ctx context.Context) error {
	t := time.NewTicker(w.every)
	defer t.Stop()
	for {
		w.runOnce(ctx)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (w *Worker) runOnce(ctx context.Context) {
	due, err := w.milestones.ListApprovedUnpaid(ctx, domain.AutoReleaseAfter, w.batchSize)
	if err != nil {
		w.log.Error("list due milestones", "err", err)
		return
	}
	for _, m := range due {
		claimed, err := w.milestones.ClaimForRelease(ctx, m.ID)
		if err != nil || !claimed {
			continue
		}
		if err := w.release(ctx, m); err != nil {
			w.log.Error("auto-release failed", "milestone", m.ID, "err", err)
			continue
		}
		if err := w.notify.FundsReleased(ctx, m); err != nil {
			w.log.Warn("release mail", "milestone", m.ID, "err", err)
		}
	}
}

func (w *Worker) release(ctx context.Context, m domain.Milestone) error {
	if m.PaymentIntentID != "" {
		if _, err := w.funding.Capture(ctx, m); err != nil {
			return err
		}
		settleCtx, cancel := context.WithTimeout(ctx, 30*time.Minute)
		defer cancel()
		if err := w.funding.WaitSettled(settleCtx, m.PaymentIntentID); err != nil {
			return err
		}
	}
	rail, ok := w.rails[m.Rail]
	if !ok {
		return fmt.Errorf("milestone %s: no payout rail %q", m.ID, m.Rail)
	}
	ref, err := retry.Value(ctx, w.policy, func(ctx context.Context) (string, error) {
		return rail.Release(ctx, m)
	})
	if err != nil {
		return err
	}
	if m.Rail == domain.RailPayPal && w.batches != nil {
		if err := w.batches.WaitPayoutBatch(ctx, ref); err != nil {
			return err
		}
	}
	return w.milestones.MarkReleased(ctx, m.ID, ref)
}
