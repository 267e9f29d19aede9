// Package store is the academy's persistence layer.
package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/jmoiron/sqlx"

	"audit15/academy/domain"
)

// Orders keeps purchases, enrollments and wallet credit in Postgres.
type Orders struct {
	db *sqlx.DB
}

func NewOrders(db *sqlx.DB) *Orders { return &Orders{db: db} }

func (s *Orders) Get(ctx context.Context, id string) (domain.Order, error) {
	var o domain.Order
	err := s.db.GetContext(ctx, &o, `SELECT * FROM orders WHERE id = $1`, id)
	return o, err
}

func (s *Orders) ByProviderRef(ctx context.Context, ref string) (domain.Order, error) {
	var o domain.Order
	err := s.db.GetContext(ctx, &o, `SELECT * FROM orders WHERE provider_ref = $1`, ref)
	return o, err
}

func (s *Orders) Insert(ctx context.Context, o domain.Order) error {
	_, err := s.db.NamedExecContext(ctx, `INSERT INTO orders (id, learner_id, course_id, amount_minor, currency, region, provider, status)
		VALUES (:id, :learner_id, :course_id, :amount_minor, :currency, :region, :provider, 'pending')`, o)
	return err
}

func (s *Orders) SetProviderRef(ctx context.Context, id, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE orders SET provider_ref = $2 WHERE id = $1`, id, ref)
	return err
}

// MarkPaid moves a pending order to paid. It reports false when the order
// was already paid (or is not pending).
func (s *Orders) MarkPaid(ctx context.Context, id string) (bool, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE orders SET status = 'paid', paid_at = now() WHERE id = $1 AND status = 'pending'`, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

func (s *Orders) MarkRefunded(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE orders SET status = 'refunded' WHERE id = $1`, id)
	return err
}

// Enroll gives a learner a seat; a second call for the same order is a no-op.
func (s *Orders) Enroll(ctx context.Context, learnerID, courseID, orderID string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO enrollments (learner_id, course_id, order_id) VALUES ($1, $2, $3)
		ON CONFLICT (order_id) DO NOTHING`, learnerID, courseID, orderID)
	return err
}

// CreditWallet adds learner credit usable on future purchases.
func (s *Orders) CreditWallet(ctx context.Context, learnerID string, amountMinor int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE wallets SET balance = balance + $2 WHERE learner_id = $1`, learnerID, amountMinor)
	return err
}

// ExtendPlan pushes a learner's monthly plan one period forward.
func (s *Orders) ExtendPlan(ctx context.Context, subscriptionID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE memberships SET ends_at = ends_at + interval '1 month' WHERE razorpay_subscription_id = $1`, subscriptionID)
	return err
}

// ClaimEvent records a provider event id; false means it was seen before.
func (s *Orders) ClaimEvent(ctx context.Context, provider, eventID string) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO provider_events (provider, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// Dropped lists paid orders whose learner dropped the course inside the
// refund window.
func (s *Orders) Dropped(ctx context.Context, region domain.Region) ([]domain.Order, error) {
	var out []domain.Order
	err := s.db.SelectContext(ctx, &out, `SELECT o.* FROM orders o JOIN drops d ON d.order_id = o.id
		WHERE o.status = 'paid' AND o.region = $1 AND d.refunded_at IS NULL`, region)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return out, err
}
