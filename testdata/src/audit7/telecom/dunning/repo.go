// Package dunning chases unpaid postpaid invoices: SEPA direct debits are
// collected again through GoCardless, and lines are barred after the third
// failure.
package dunning

import (
	"context"
	"database/sql"
)

type FailedInvoice struct {
	ID        string
	MandateID string
	PaymentID string
	MSISDN    string
	AmountCts int
	Attempts  int
}

type Repo struct{ db *sql.DB }

func NewRepo(db *sql.DB) *Repo { return &Repo{db: db} }

// Failed lists invoices whose last debit failed and that still get retried.
func (r *Repo) Failed(ctx context.Context) ([]FailedInvoice, error) {
	rows, err := r.db.QueryContext(ctx, `
		SELECT id, mandate_id, coalesce(payment_id, ''), msisdn, amount_cents, attempts
		FROM invoices WHERE status = 'failed' AND attempts < 4`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []FailedInvoice
	for rows.Next() {
		var f FailedInvoice
		if err := rows.Scan(&f.ID, &f.MandateID, &f.PaymentID, &f.MSISDN, &f.AmountCts, &f.Attempts); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

func (r *Repo) MarkSubmitted(ctx context.Context, id, paymentID string) error {
	_, err := r.db.ExecContext(ctx,
		`UPDATE invoices SET status = 'submitted', payment_id = $2, attempts = attempts + 1 WHERE id = $1`, id, paymentID)
	return err
}
