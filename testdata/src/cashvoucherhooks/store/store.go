// Package store keeps cash-voucher sales, their ledger and wallet
// balances in Postgres.
package store

import (
	"context"
	"database/sql"
)

// Store wraps the database.
type Store struct{ DB *sql.DB }

// BookCash inserts a ledger line for a collected voucher.
func (s *Store) BookCash(ctx context.Context, ref string, cents int64) error {
	_, err := s.DB.ExecContext(ctx, `INSERT INTO ledger_entries (reference, kind, amount_cents) VALUES ($1, 'collected', $2)`, ref, cents)
	return err
}

// BookCashOnce inserts the ledger line keyed by the provider's unique
// voucher id: a repeat inserts nothing.
func (s *Store) BookCashOnce(ctx context.Context, providerID, ref string, cents int64) error {
	_, err := s.DB.ExecContext(ctx, `INSERT INTO ledger_entries (provider_id, reference, kind, amount_cents) VALUES ($1, $2, 'collected', $3) ON CONFLICT (provider_id) DO NOTHING`, providerID, ref, cents)
	return err
}

// TopUp adds to a wallet's balance.
func (s *Store) TopUp(ctx context.Context, wallet string, cents int64) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE wallets SET balance = balance + $1 WHERE id = $2`, cents, wallet)
	return err
}

// SetVoucherStatus overwrites a voucher's status.
func (s *Store) SetVoucherStatus(ctx context.Context, ref, status string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE vouchers SET status = $1 WHERE reference = $2`, status, ref)
	return err
}
