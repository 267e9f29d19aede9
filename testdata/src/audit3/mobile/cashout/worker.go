// Package cashout pays drivers their earnings through Paystack transfers.
package cashout

import (
	"context"
	"log"
	"time"

	"github.com/google/uuid"
	"github.com/jmoiron/sqlx"

	"audit3/mobile/paystack"
)

type CashOut struct {
	ID            string `db:"id"`
	DriverID      string `db:"driver_id"`
	RecipientCode string `db:"recipient_code"`
	AmountKobo    int64  `db:"amount_kobo"`
	Status        string `db:"status"`
}

type Worker struct {
	db *sqlx.DB
	ps *paystack.Client
}

func NewWorker(db *sqlx.DB, ps *paystack.Client) *Worker { return &Worker{db: db, ps: ps} }

// Run sweeps requested cash-outs every minute. A row stays 'requested'
// until the transfer call succeeds, so a failed one is tried next minute.
func (w *Worker) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Minute):
		}
		var rows []CashOut
		if err := w.db.SelectContext(ctx, &rows, `SELECT * FROM cashouts WHERE status = 'requested' LIMIT 50`); err != nil {
			log.Printf("cashout sweep: %v", err)
			continue
		}
		for _, co := range rows {
			ref := uuid.NewString()
			tr, _, err := w.ps.Transfer(ctx, co.RecipientCode, co.AmountKobo, ref) // want "\\[idempotency\\] paystack.Client.Transfer \\(POST /transfer\\) is retried by a worker loop that re-selects pending rows"
			if err != nil {
				log.Printf("cashout %s: %v", co.ID, err)
				continue
			}
			w.db.MustExecContext(ctx, `UPDATE cashouts SET status = $1, transfer_code = $2 WHERE id = $3`, tr.Status, tr.TransferCode, co.ID)
		}
	}
}

// RunBonuses pays weekly driver bonuses the same way, keyed by the row.
func (w *Worker) RunBonuses(ctx context.Context) {
	t := time.NewTicker(5 * time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		var rows []CashOut
		if err := w.db.SelectContext(ctx, &rows, `SELECT * FROM driver_bonuses WHERE status = 'due' LIMIT 50`); err != nil {
			continue
		}
		for _, b := range rows {
			tr, _, err := w.ps.Transfer(ctx, b.RecipientCode, b.AmountKobo, "bonus_"+b.ID)
			if err != nil {
				continue
			}
			w.db.MustExecContext(ctx, `UPDATE driver_bonuses SET status = $1 WHERE id = $2`, tr.Status, b.ID)
		}
	}
}
