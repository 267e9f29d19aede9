// Package billingworker charges seat top-ups that the admin UI queued: a row
// in seat_purchases with state 'pending' until Stripe confirms the charge.
package billingworker

import (
	"context"
	"database/sql"
	"log"
	"time"
)

type Purchase struct {
	ID         int64
	CustomerID string
	PaymentPM  string
	Cents      int64
	ChargeKey  string // uuid written by the admin UI when the row is queued
}

type Worker struct {
	db       *sql.DB
	interval time.Duration
}

func NewWorker(db *sql.DB) *Worker { return &Worker{db: db, interval: 30 * time.Second} }

func (w *Worker) pending(ctx context.Context) ([]Purchase, error) {
	rows, err := w.db.QueryContext(ctx,
		`SELECT id, customer_id, payment_method, cents, charge_key FROM seat_purchases WHERE state = 'pending' ORDER BY id LIMIT 100`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Purchase
	for rows.Next() {
		var p Purchase
		if err := rows.Scan(&p.ID, &p.CustomerID, &p.PaymentPM, &p.Cents, &p.ChargeKey); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func (w *Worker) markCharged(ctx context.Context, id int64, piID string) error {
	_, err := w.db.ExecContext(ctx,
		`UPDATE seat_purchases SET state = 'charged', payment_intent = $2 WHERE id = $1`, id, piID)
	return err
}

// Run charges the pending purchases every interval until ctx ends. A failed
// charge leaves the row pending; the next pass picks it up again.
func (w *Worker) Run(ctx context.Context, charge func(context.Context, Purchase) (string, error)) {
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		list, err := w.pending(ctx)
		if err != nil {
			log.Printf("billingworker: %v", err)
			continue
		}
		for _, p := range list {
			piID, err := charge(ctx, p)
			if err != nil {
				log.Printf("billingworker: purchase %d: %v", p.ID, err)
				continue
			}
			_ = w.markCharged(ctx, p.ID, piID)
		}
	}
}
