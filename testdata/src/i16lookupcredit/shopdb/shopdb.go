// Package shopdb stores the shop's orders (database/sql).
package shopdb

import (
	"context"
	"database/sql"

	"i16lookupcredit/hooks"
)

// Orders is the order store.
type Orders struct{ db *sql.DB }

// NewOrders returns the store.
func NewOrders(db *sql.DB) *Orders { return &Orders{db: db} }

// ByIntent reads the order paid by a payment intent.
func (s *Orders) ByIntent(ctx context.Context, intentID string) (*hooks.Order, error) {
	var o hooks.Order
	err := s.db.QueryRowContext(ctx, `SELECT id, customer_id, status FROM orders WHERE payment_intent = $1`, intentID).
		Scan(&o.ID, &o.CustomerID, &o.Status)
	return &o, err
}

// MarkPaid stores the order's paid state.
func (s *Orders) MarkPaid(ctx context.Context, orderID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE id = $1`, orderID)
	return err
}
