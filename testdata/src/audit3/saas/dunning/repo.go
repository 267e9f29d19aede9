// Package dunning collects failed subscription invoices: the scheduler calls
// Collect for every past-due invoice once a day (day 1, 3, 5, 7).
package dunning

import (
	"context"
	"database/sql"
	"time"
)

// PastDue is one row of invoices in status past_due.
type PastDue struct {
	InvoiceID      string // Stripe invoice id (in_...)
	SubscriptionID string
	DunningDay     int
}

type Repo struct{ db *sql.DB }

func NewRepo(db *sql.DB) *Repo { return &Repo{db: db} }

func (r *Repo) MarkRecovered(ctx context.Context, invoiceID string) error {
	_, err := r.db.ExecContext(ctx,
		`UPDATE invoices SET status = 'paid', recovered_at = now() WHERE stripe_id = $1`, invoiceID)
	return err
}

func (r *Repo) MarkHardDecline(ctx context.Context, invoiceID, code string) error {
	_, err := r.db.ExecContext(ctx,
		`UPDATE invoices SET dunning_state = 'hard_decline', decline_code = $2 WHERE stripe_id = $1`, invoiceID, code)
	return err
}

// backoffFor is the wait before the n-th immediate retry of a network error.
func backoffFor(n int) time.Duration { return time.Duration(1<<n) * time.Second }
