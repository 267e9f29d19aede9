// Package payoutstore keeps payouts, refunds and orders in Postgres.
package payoutstore

import (
	"context"
	"database/sql"
)

// Store is the payment tables' repository.
type Store struct{ DB *sql.DB }

// SetPayoutStatus stores a payout's status as the partner reports it.
func (s *Store) SetPayoutStatus(ctx context.Context, id, status string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE payouts SET status = $1 WHERE id = $2`, status, id)
	return err
}

// SetRefundStatus stores a refund's status as the partner reports it.
func (s *Store) SetRefundStatus(ctx context.Context, id, status string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE refunds SET status = $1 WHERE id = $2`, status, id)
	return err
}

// MarkOrderPaid marks an order paid.
func (s *Store) MarkOrderPaid(ctx context.Context, id string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE id = $1`, id)
	return err
}

// RecordDeposit stores a confirmed deposit.
func (s *Store) RecordDeposit(ctx context.Context, id, txHash string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE deposits SET status = 'paid', tx_hash = $2 WHERE id = $1`, id, txHash)
	return err
}
