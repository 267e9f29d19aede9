// Package sqlstore implements top.Store on database/sql.
package sqlstore

import (
	"context"
	"database/sql"

	"mrhooks/top"
)

var _ top.Store = (*TopUps)(nil)

// TopUps is the Postgres store.
type TopUps struct{ db *sql.DB }

const topUpCols = `id, wallet_id, charged_minor, charged_currency, status`

// Get reads a top-up.
func (s *TopUps) Get(ctx context.Context, ref string) *sql.Row {
	return s.db.QueryRowContext(ctx, `SELECT `+topUpCols+` FROM top_ups WHERE id = $1`, ref)
}

// MarkSettled: the money of the top-up arrived.
func (s *TopUps) MarkSettled(ctx context.Context, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE top_ups SET status = 'settled' WHERE id = $1`, ref)
	return err
}

// MarkPayoutDone: money left us (a payout row), no purchase paid.
func (s *TopUps) MarkPayoutDone(ctx context.Context, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE payouts SET status = 'completed' WHERE id = $1`, ref)
	return err
}

// Note keeps a remark.
func (s *TopUps) Note(ctx context.Context, ref, text string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE top_ups SET remark = $2 WHERE id = $1`, ref, text)
	return err
}
