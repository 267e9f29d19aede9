// Package payoutworker pays sellers their settled balance through Stripe
// Connect transfers. A background goroutine wakes up every minute and works
// through the rows still pending.
package payoutworker

import (
	"context"

	"github.com/jmoiron/sqlx"
)

// PendingTransfer is a row of seller_transfers.
type PendingTransfer struct {
	ID        int64
	SellerID  string
	AccountID string
	Amount    int64
	Currency  string
}

// Repo reads and updates seller_transfers.
type Repo struct{ db *sqlx.DB }

func NewRepo(db *sqlx.DB) *Repo { return &Repo{db: db} }

// Pending lists transfers not sent yet (status stays 'pending' on failure).
func (r *Repo) Pending(ctx context.Context) ([]PendingTransfer, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT id, seller_id, account_id, amount, currency
		FROM seller_transfers WHERE status = 'pending' ORDER BY id LIMIT 100`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []PendingTransfer
	for rows.Next() {
		var t PendingTransfer
		if err := rows.Scan(&t.ID, &t.SellerID, &t.AccountID, &t.Amount, &t.Currency); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// MarkSent stores the Stripe transfer id.
func (r *Repo) MarkSent(ctx context.Context, id int64, trID string) error {
	_, err := r.db.ExecContext(ctx, `UPDATE seller_transfers SET status = 'sent', stripe_id = $1 WHERE id = $2`, trID, id)
	return err
}
