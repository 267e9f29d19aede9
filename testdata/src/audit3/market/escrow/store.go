// Package escrow holds buyer money until delivery: a Stripe payment webhook
// opens a hold per order; a payout task releases it to the seller later.
package escrow

import (
	"context"
	"database/sql"
	"errors"
)

var errNotFound = errors.New("order not found")

// Store is the escrow ledger (database/sql).
type Store struct{ db *sql.DB }

// OpenHold moves an order from awaiting_payment to held, once: the
// compare-and-set makes a redelivered event a no-op.
func (s *Store) OpenHold(ctx context.Context, orderID string, amount int64) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`UPDATE orders SET status = 'held', held_amount = $1 WHERE id = $2 AND status = 'awaiting_payment'`,
		amount, orderID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// AddRefund books a refund line in the ledger.
func (s *Store) AddRefund(ctx context.Context, orderID string, amount int64) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO ledger_entries (order_id, amount, kind) VALUES ($1, $2, 'refund')`, orderID, -amount)
	return err
}

// OrderByIntent finds the order a PaymentIntent belongs to.
func (s *Store) OrderByIntent(ctx context.Context, pi string) (string, error) {
	var id string
	err := s.db.QueryRowContext(ctx, `SELECT id FROM orders WHERE payment_intent = $1`, pi).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", errNotFound
	}
	return id, err
}
