// Package fulfil completes paid orders in Postgres.
package fulfil

import (
	"context"
	"database/sql"
)

// Orders is the order use case.
type Orders struct{ db *sql.DB }

// New returns the use case.
func New(db *sql.DB) *Orders { return &Orders{db: db} }

// Complete marks the order paid.
func (o *Orders) Complete(ctx context.Context, ref string) error {
	_, err := o.db.ExecContext(ctx, `UPDATE orders SET status = 'paid', paid_at = now() WHERE ref = $1`, ref)
	return err
}

// State is the order's stored status.
func (o *Orders) State(ctx context.Context, ref string) (string, error) {
	var status string
	err := o.db.QueryRowContext(ctx, `SELECT status FROM orders WHERE ref = $1`, ref).Scan(&status)
	return status, err
}
