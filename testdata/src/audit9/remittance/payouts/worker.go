package payouts

import (
	"context"
	"log"
	"time"

	"audit9/remittance/domain"
)

// Worker drains funded transfers whose payout job was not picked up, for
// example after a deploy.
type Worker struct {
	transfers  domain.TransferStore
	dispatcher *Dispatcher
	batch      int
	idle       time.Duration
}

// NewWorker returns a sweeper over funded transfers.
func NewWorker(transfers domain.TransferStore, d *Dispatcher) *Worker {
	return &Worker{transfers: transfers, dispatcher: d, batch: 50, idle: 30 * time.Second}
}

// Run sweeps until ctx ends.
func (w *Worker) Run(ctx context.Context) {
	for {
		pending, err := w.transfers.ListByStatus(ctx, domain.StatusFunded, w.batch)
		if err != nil {
			log.Printf("payout sweep: %v", err)
		}
		for _, t := range pending {
			if err := w.dispatcher.Dispatch(ctx, t.ID); err != nil {
				log.Printf("payout %s: %v", t.ID, err)
			}
			time.Sleep(200 * time.Millisecond)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(w.idle):
		}
	}
}
