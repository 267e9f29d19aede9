// Package dunning chases failed direct-debit premiums: it re-presents them a
// few days later and lapses the policy after the third failure.
package dunning

import (
	"context"
	"fmt"
	"log"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/jmoiron/sqlx"
)

type Worker struct {
	db    *sqlx.DB
	gc    *gocardless.Service
	every time.Duration
}

func NewWorker(db *sqlx.DB, gc *gocardless.Service) *Worker {
	return &Worker{db: db, gc: gc, every: time.Hour}
}

type failedPremium struct {
	ID          int64  `db:"id"`
	PolicyID    string `db:"policy_id"`
	MandateID   string `db:"mandate_id"`
	GCPaymentID string `db:"gc_payment_id"`
	Pence       int    `db:"amount_pence"`
	Attempts    int    `db:"attempts"`
}

// Loop runs until the process stops.
func (w *Worker) Loop(ctx context.Context) {
	t := time.NewTicker(w.every)
	defer t.Stop()
	for {
		if err := w.represent(ctx); err != nil {
			log.Printf("dunning: %v", err)
		}
		if err := w.retryFailed(ctx); err != nil {
			log.Printf("dunning retry: %v", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// represent raises a fresh payment for premiums whose mandate was replaced.
func (w *Worker) represent(ctx context.Context) error {
	var rows []failedPremium
	if err := w.db.SelectContext(ctx, &rows, `
		SELECT id, policy_id, mandate_id, gc_payment_id, amount_pence, attempts
		FROM premiums
		WHERE status = 'failed' AND mandate_replaced AND attempts < 3`); err != nil {
		return err
	}
	for _, p := range rows {
		pay, err := w.gc.Payments.Create(ctx, gocardless.PaymentCreateParams{ // want "\\[idempotency\\] gocardless Payments.Create is retried by a worker loop that re-selects pending rows \\(line 38\\) without an idempotency key"
			Amount:    p.Pence,
			Currency:  "GBP",
			Reference: fmt.Sprintf("POL-%s-R%d", p.PolicyID, p.Attempts+1),
			Links:     gocardless.PaymentCreateParamsLinks{Mandate: p.MandateID},
		})
		if err != nil {
			log.Printf("dunning: premium %d: %v", p.ID, err)
			continue
		}
		if _, err := w.db.ExecContext(ctx, `
			UPDATE premiums SET status = 'pending_submission', gc_payment_id = $1, attempts = attempts + 1
			WHERE id = $2`, pay.Id, p.ID); err != nil {
			return err
		}
	}
	return nil
}

// retryFailed asks GoCardless to re-present the same payment (same mandate),
// with a key per premium and attempt taken from the row.
func (w *Worker) retryFailed(ctx context.Context) error {
	var rows []failedPremium
	if err := w.db.SelectContext(ctx, &rows, `
		SELECT id, policy_id, mandate_id, gc_payment_id, amount_pence, attempts
		FROM premiums
		WHERE status = 'failed' AND NOT mandate_replaced AND attempts < 3`); err != nil {
		return err
	}
	for _, p := range rows {
		key := fmt.Sprintf("dunning-%d-%d", p.ID, p.Attempts)
		if _, err := w.gc.Payments.Retry(ctx, p.GCPaymentID, gocardless.PaymentRetryParams{},
			gocardless.WithIdempotencyKey(key)); err != nil {
			log.Printf("dunning: retry %d: %v", p.ID, err)
			continue
		}
		if _, err := w.db.ExecContext(ctx, `
			UPDATE premiums SET status = 'pending_submission', attempts = attempts + 1 WHERE id = $1`, p.ID); err != nil {
			return err
		}
	}
	return nil
}
