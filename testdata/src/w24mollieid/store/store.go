// Package store keeps wallets in Postgres.
package store

import (
	"context"
	"database/sql"
)

// Wallets is the wallet store.
type Wallets struct{ db *sql.DB }

// NewWallets returns the store.
func NewWallets(db *sql.DB) *Wallets { return &Wallets{db: db} }

// Credit adds a top-up to the wallet the payment was made for.
func (s *Wallets) Credit(ctx context.Context, paymentID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE wallets SET balance_cents = balance_cents + 2000 WHERE topup_payment = $1`, paymentID)
	return err
}

// Record stores a processed payment id; false when it was stored before.
func (s *Wallets) Record(ctx context.Context, paymentID string) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO processed_payments (payment_id) VALUES ($1) ON CONFLICT DO NOTHING`, paymentID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
