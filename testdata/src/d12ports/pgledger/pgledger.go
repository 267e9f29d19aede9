// Package pgledger is the invoice ledger in Postgres.
package pgledger

import (
	"context"
	"database/sql"
)

type Ledger struct{ db *sql.DB }

func New(db *sql.DB) *Ledger { return &Ledger{db: db} }

// Record stores the invoice's paid state.
func (l *Ledger) Record(ctx context.Context, reference string) error {
	_, err := l.db.ExecContext(ctx, `UPDATE invoices SET status = 'paid' WHERE reference = $1`, reference)
	return err
}
