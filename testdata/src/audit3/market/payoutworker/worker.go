package payoutworker

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/google/uuid"
	stripe "github.com/stripe/stripe-go/v82"
)

// Worker sends pending seller transfers.
type Worker struct {
	repo   *Repo
	stripe *stripe.Client
	every  time.Duration
}

func NewWorker(repo *Repo, sc *stripe.Client) *Worker {
	return &Worker{repo: repo, stripe: sc, every: time.Minute}
}

// Start runs the loop in the background until ctx ends.
func (w *Worker) Start(ctx context.Context) {
	go func() {
		t := time.NewTicker(w.every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				w.pass(ctx)
			}
		}
	}()
}

func (w *Worker) pass(ctx context.Context) {
	rows, err := w.repo.Pending(ctx)
	if err != nil {
		log.Printf("payouts: list pending: %v", err)
		return
	}
	for _, row := range rows {
		if err := w.send(ctx, row); err != nil { // want "\\[idempotency\\] payoutworker.Worker.send \\(stripe V1Transfers.Create\\) is retried by a worker loop"
			log.Printf("payouts: transfer %d: %v (will retry next tick)", row.ID, err)
		}
	}
}

// send creates the transfer. The trace id is generated per pass, so a row
// whose first transfer timed out is paid again on the next tick.
func (w *Worker) send(ctx context.Context, row PendingTransfer) error {
	params := &stripe.TransferCreateParams{
		Amount:      stripe.Int64(row.Amount),
		Currency:    stripe.String(row.Currency),
		Destination: stripe.String(row.AccountID),
	}
	params.SetIdempotencyKey("tr-" + uuid.NewString())
	tr, err := w.stripe.V1Transfers.Create(ctx, params)
	if err != nil {
		return err
	}
	return w.repo.MarkSent(ctx, row.ID, tr.ID)
}

// sendStable is what the platform-fee sweep uses: the key comes from the row.
func (w *Worker) sendStable(ctx context.Context, row PendingTransfer) error {
	params := &stripe.TransferCreateParams{
		Amount:      stripe.Int64(row.Amount),
		Currency:    stripe.String(row.Currency),
		Destination: stripe.String(row.AccountID),
	}
	params.SetIdempotencyKey(fmt.Sprintf("seller-transfer-%d", row.ID))
	tr, err := w.stripe.V1Transfers.Create(ctx, params)
	if err != nil {
		return err
	}
	return w.repo.MarkSent(ctx, row.ID, tr.ID)
}

// FeeSweep runs sendStable over the pending rows once (called by an admin
// command).
func (w *Worker) FeeSweep(ctx context.Context) error {
	rows, err := w.repo.Pending(ctx)
	if err != nil {
		return err
	}
	for _, row := range rows {
		if err := w.sendStable(ctx, row); err != nil {
			return err
		}
	}
	return nil
}
