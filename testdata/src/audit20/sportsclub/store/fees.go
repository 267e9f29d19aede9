package store

import (
	"context"

	"github.com/jmoiron/sqlx"

	"audit20/sportsclub/domain"
)

// Fees holds no-show fees, coaching packages and refunds: the smaller
// money tables, all on sqlx.
type Fees struct {
	db *sqlx.DB
}

// NewFees wraps db.
func NewFees(db *sqlx.DB) *Fees { return &Fees{db: db} }

// PendingNoShows lists fees not yet sent to the card processor.
func (s *Fees) PendingNoShows(ctx context.Context) ([]domain.NoShowFee, error) {
	var out []domain.NoShowFee
	err := s.db.SelectContext(ctx, &out, `SELECT id, booking_id, member_id, amount_cents, currency, status, cko_payment_id, created_at
		FROM no_show_fees WHERE status = 'pending' ORDER BY id LIMIT 100`)
	return out, err
}

// SetNoShowRequested stores the processor's payment id.
func (s *Fees) SetNoShowRequested(ctx context.Context, id int64, paymentID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE no_show_fees SET status = 'requested', cko_payment_id = ? WHERE id = ?`, paymentID, id)
	return err
}

// FailNoShow parks a fee the processor refused, for the front desk.
func (s *Fees) FailNoShow(ctx context.Context, id int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE no_show_fees SET status = 'refused' WHERE id = ?`, id)
	return err
}

// SetNoShowStatus records the processor's verdict for a payment.
func (s *Fees) SetNoShowStatus(ctx context.Context, paymentID, status string) (domain.NoShowFee, error) {
	var f domain.NoShowFee
	if _, err := s.db.ExecContext(ctx, `UPDATE no_show_fees SET status = ? WHERE cko_payment_id = ?`, status, paymentID); err != nil {
		return f, err
	}
	err := s.db.GetContext(ctx, &f, `SELECT id, booking_id, member_id, amount_cents, currency, status, cko_payment_id, created_at
		FROM no_show_fees WHERE cko_payment_id = ?`, paymentID)
	return f, err
}

// Coaching loads a coaching package.
func (s *Fees) Coaching(ctx context.Context, id int64) (domain.CoachingPackage, error) {
	var p domain.CoachingPackage
	err := s.db.GetContext(ctx, &p, `SELECT id, member_id, coach_id, lessons, remaining, price_cents, currency, status, adyen_link_id
		FROM coaching_packages WHERE id = ?`, id)
	return p, err
}

// SetCoachingLink stores the payment link of a package.
func (s *Fees) SetCoachingLink(ctx context.Context, id int64, linkID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE coaching_packages SET adyen_link_id = ? WHERE id = ?`, linkID, id)
	return err
}

// MarkCoachingPaid sets a package paid and loads its lessons.
func (s *Fees) MarkCoachingPaid(ctx context.Context, id int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE coaching_packages SET status = 'paid', remaining = lessons WHERE id = ?`, id)
	return err
}

// ClaimCoachingPaid moves a package from awaiting_payment to paid and
// answers whether this call made the move.
func (s *Fees) ClaimCoachingPaid(ctx context.Context, id int64) (bool, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE coaching_packages SET status = 'paid', remaining = lessons
		WHERE id = ? AND status = 'awaiting_payment'`, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// QueuedRefunds lists refunds waiting to be sent for a provider.
func (s *Fees) QueuedRefunds(ctx context.Context, provider string) ([]domain.Refund, error) {
	var out []domain.Refund
	err := s.db.SelectContext(ctx, &out, `SELECT id, booking_id, amount_cents, currency, provider, provider_ref, status
		FROM refunds WHERE status = 'queued' AND provider = ? ORDER BY id LIMIT 50`, provider)
	return out, err
}

// SetRefundStatus records the outcome of a refund.
func (s *Fees) SetRefundStatus(ctx context.Context, id int64, status string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE refunds SET status = ? WHERE id = ?`, status, id)
	return err
}
