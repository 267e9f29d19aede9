// Package pgstore keeps orders in Postgres (database/sql).
package pgstore

import (
	"context"
	"database/sql"
)

// Orders is the Postgres order store.
type Orders struct{ db *sql.DB }

// NewOrders returns the store.
func NewOrders(db *sql.DB) *Orders { return &Orders{db: db} }

// Settle marks the order paid.
func (o *Orders) Settle(ctx context.Context, ref string) error {
	_, err := o.db.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE ref = $1`, ref)
	return err
}
