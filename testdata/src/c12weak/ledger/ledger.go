// Package ledger implements the notification ports on database/sql; it
// knows nothing of HTTP.
package ledger

import (
	"context"
	"database/sql"

	"c12weak/domain"
)

// Orders marks orders paid.
type Orders struct{ DB *sql.DB }

func (s *Orders) Apply(ctx context.Context, orderID string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE paypal_order_id = $1`, orderID)
	return err
}

// Payouts reads and settles payouts.
type Payouts struct{ DB *sql.DB }

func (s *Payouts) ByRef(ctx context.Context, ref string) (*domain.Payout, error) {
	p := &domain.Payout{Ref: ref}
	err := s.DB.QueryRowContext(ctx, `SELECT id, status FROM payouts WHERE bank_ref = $1`, ref).Scan(&p.ID, &p.Status)
	return p, err
}

func (s *Payouts) Settle(ctx context.Context, id string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE payouts SET status = 'paid' WHERE id = $1`, id)
	return err
}

// Seen stamps when a payout was last mentioned: no payment state.
type Seen struct{ DB *sql.DB }

func (s *Seen) Touch(ctx context.Context, id string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE payout_views SET seen_at = now() WHERE payout_id = $1`, id)
	return err
}
