// Package store is the Postgres persistence of milestones, events and the ledger.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jmoiron/sqlx"

	"audit10/escrow/domain"
)

// Milestones implements domain.MilestoneStore over sqlx.
type Milestones struct {
	db *sqlx.DB
}

// NewMilestones returns a store bound to db.
func NewMilestones(db *sqlx.DB) *Milestones { return &Milestones{db: db} }

const milestoneCols = `id, contract_id, client_id, freelancer_id, title, amount_cents, currency,
	platform_fee_bps, status, payment_intent_id, paypal_order_id, rail, payee_account, payee_email, updated_at`

func scanMilestone(row interface{ Scan(...any) error }) (domain.Milestone, error) {
	var m domain.Milestone
	err := row.Scan(&m.ID, &m.ContractID, &m.ClientID, &m.FreelancerID, &m.Title, &m.AmountCents,
		&m.Currency, &m.PlatformFeeBps, &m.Status, &m.PaymentIntentID, &m.PayPalOrderID, &m.Rail,
		&m.PayeeAccount, &m.PayeeEmail, &m.UpdatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return m, domain.ErrNotFound
	}
	return m, err
}

// Get loads one milestone.
func (s *Milestones) Get(ctx context.Context, id string) (domain.Milestone, error) {
	return scanMilestone(s.db.QueryRowContext(ctx, `SELECT `+milestoneCols+` FROM milestones WHERE id = $1`, id))
}

// MarkFunded records that the client's money is held for the milestone.
func (s *Milestones) MarkFunded(ctx context.Context, id, providerRef string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE milestones SET status = 'funded', funding_ref = $2, updated_at = now()
		 WHERE id = $1 AND status IN ('draft', 'funding', 'funded')`, id, providerRef)
	return err
}

// MarkReleased records the freelancer's payout.
func (s *Milestones) MarkReleased(ctx context.Context, id, transferRef string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE milestones SET status = 'released', transfer_ref = $2, updated_at = now() WHERE id = $1`,
		id, transferRef)
	return err
}

// Freeze stops any release while a dispute is open.
func (s *Milestones) Freeze(ctx context.Context, id, reason string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE milestones SET status = 'frozen', frozen_reason = $2, updated_at = now() WHERE id = $1`, id, reason)
	return err
}

// MarkRefunded records that the client got the money back.
func (s *Milestones) MarkRefunded(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE milestones SET status = 'refunded', updated_at = now() WHERE id = $1`, id)
	return err
}

// ListApprovedUnpaid returns milestones approved longer than olderThan ago
// that have not been released yet.
func (s *Milestones) ListApprovedUnpaid(ctx context.Context, olderThan time.Duration, limit int) ([]domain.Milestone, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+milestoneCols+` FROM milestones
		WHERE status = 'approved' AND approved_at < $1 ORDER BY approved_at LIMIT $2`,
		time.Now().Add(-olderThan), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Milestone
	for rows.Next() {
		m, err := scanMilestone(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// ClaimForRelease moves an approved milestone to releasing; false when
// another worker got it first.
func (s *Milestones) ClaimForRelease(ctx context.Context, id string) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`UPDATE milestones SET status = 'releasing', updated_at = now() WHERE id = $1 AND status = 'approved'`, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// CompleteRelease moves a releasing milestone to released exactly once.
func (s *Milestones) CompleteRelease(ctx context.Context, id, transferRef string) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`UPDATE milestones SET status = 'released', transfer_ref = $2, updated_at = now()
		 WHERE id = $1 AND status = 'releasing'`, id, transferRef)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// ByTransferRef finds the milestone paid by a bank transfer.
func (s *Milestones) ByTransferRef(ctx context.Context, ref string) (domain.Milestone, error) {
	return scanMilestone(s.db.QueryRowContext(ctx, `SELECT `+milestoneCols+` FROM milestones WHERE transfer_ref = $1`, ref))
}
