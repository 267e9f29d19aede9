// Package store keeps orders over database/sql.
package store

import (
	"context"
	"database/sql"
)

// Orders is the order store.
type Orders struct{ db *sql.DB }

// NewOrders returns the store.
func NewOrders(db *sql.DB) *Orders { return &Orders{db: db} }

// SessionOf returns the checkout session of an order.
func (o *Orders) SessionOf(ctx context.Context, orderID string) (string, error) {
	var sid string
	err := o.db.QueryRowContext(ctx, `SELECT session_id FROM orders WHERE id = $1`, orderID).Scan(&sid)
	return sid, err
}

// MarkPaid marks an order paid.
func (o *Orders) MarkPaid(ctx context.Context, orderID string) error {
	_, err := o.db.ExecContext(ctx, `UPDATE orders SET status = 'paid', paid_at = now() WHERE id = $1`, orderID)
	return err
}
