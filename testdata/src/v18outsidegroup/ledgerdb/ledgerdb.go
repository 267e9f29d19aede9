// Package ledgerdb stores the school's licenses and transfers
// (sqlx).
package ledgerdb

import (
	"context"

	"github.com/jmoiron/sqlx"
)

// Store is the database.
type Store struct{ DB *sqlx.DB }

// MarkOrderPaid records a paid order.
func (s *Store) MarkOrderPaid(ctx context.Context, ref string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE reference = $1`, ref)
	return err
}

// PushRenewal adds a month to the license the plan pays.
func (s *Store) PushRenewal(ctx context.Context, subscriptionCode string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE licenses SET ends_at = ends_at + interval '1 month' WHERE plan_code = $1`, subscriptionCode)
	return err
}

// SetTransferStatus sets a payout transfer's status.
func (s *Store) SetTransferStatus(ctx context.Context, ref, status string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE payouts SET transfer_status = $1 WHERE transfer_ref = $2`, status, ref)
	return err
}
