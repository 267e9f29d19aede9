// Package pg keeps rental deposits in Postgres (database/sql).
package pg

import (
	"context"
	"database/sql"
)

// Deposits is the deposit store.
type Deposits struct{ db *sql.DB }

// NewDeposits returns the store.
func NewDeposits(db *sql.DB) *Deposits { return &Deposits{db: db} }

// SetDepositStatus stores the deposit's status.
func (d *Deposits) SetDepositStatus(ctx context.Context, id, st string) error {
	_, err := d.db.ExecContext(ctx, `UPDATE rentals SET deposit_status = $1 WHERE id = $2`, st, id)
	return err
}
