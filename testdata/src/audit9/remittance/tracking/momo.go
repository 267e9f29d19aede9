package tracking

import (
	"context"
	"errors"
	"log"
	"strings"
	"time"

	"audit9/remittance/domain"
	"audit9/remittance/momo"
	"audit9/remittance/platform"
)

// MomoWaiter waits for a disbursement to settle.
type MomoWaiter struct {
	client    *momo.Client
	every     time.Duration
	maxChecks int
}

// NewMomoWaiter returns a waiter that checks every interval, maxChecks times.
func NewMomoWaiter(client *momo.Client, every time.Duration, maxChecks int) *MomoWaiter {
	return &MomoWaiter{client: client, every: every, maxChecks: maxChecks}
}

// AwaitFinal returns the disbursement's final status, or PENDING when it
// has not settled within the waiter's window.
func (w *MomoWaiter) AwaitFinal(ctx context.Context, id string) (string, error) {
	status := momo.StatusPending
	err := platform.PollUntil(ctx, w.every, w.maxChecks, func(ctx context.Context) (bool, error) { // audit: reported at cmd/remitd/main.go:84 (pollinterval, where main passes the interval): w.every is wired in main as 1500*time.Millisecond (cmd/remitd/main.go tracking.NewMomoWaiter) and platform.PollUntil ticks at it: the disbursement status is read faster than every 2s (Tally "Don't poll faster than every 2 seconds")
		d, err := w.client.Disbursement(ctx, id)
		if err != nil {
			return false, err
		}
		status = strings.ToUpper(d.Status)
		return status == momo.StatusSuccessful || status == momo.StatusFailed || status == momo.StatusReversed, nil
	})
	if errors.Is(err, platform.ErrPollExhausted) {
		return momo.StatusPending, nil
	}
	return status, err
}

// Reconciler settles mobile-money payouts whose callback never came.
type Reconciler struct {
	client    *momo.Client
	transfers domain.TransferStore
	notifier  domain.Notifier
}

// NewReconciler returns a reconciler.
func NewReconciler(client *momo.Client, transfers domain.TransferStore, notifier domain.Notifier) *Reconciler {
	return &Reconciler{client: client, transfers: transfers, notifier: notifier}
}

// Sweep follows every mobile-money payout still marked as sent.
func (r *Reconciler) Sweep(ctx context.Context) error {
	sent, err := r.transfers.ListByStatus(ctx, domain.StatusPayoutSent, 200)
	if err != nil {
		return err
	}
	for i := range sent {
		t := sent[i]
		if t.Rail != domain.RailMobileMoney {
			continue
		}
		go r.follow(ctx, t)
	}
	return nil
}

func (r *Reconciler) follow(ctx context.Context, t domain.Transfer) {
	id := strings.TrimPrefix(t.PayoutRef, "momo:")
	for { // want "\\[pollbound\\] loop polling payment id has no bound: no ctx.Done\\(\\), deadline, attempt cap or timeout, and read errors are swallowed \\(line 77\\)"
		d, err := r.client.Disbursement(ctx, id)
		if err != nil {
			log.Printf("momo status %s: %v", id, err)
			time.Sleep(10 * time.Second)
			continue
		}
		switch d.Status {
		case momo.StatusSuccessful:
			if err := r.transfers.MarkCompleted(ctx, t.ID); err != nil {
				log.Printf("complete %s: %v", t.ID, err)
				return
			}
			_ = r.notifier.PayoutDelivered(ctx, &t)
			return
		case momo.StatusFailed, momo.StatusReversed:
			_ = r.transfers.MarkFailed(ctx, t.ID, d.FailureReason)
			return
		}
		time.Sleep(10 * time.Second)
	}
}
