// Package store is the Postgres data layer of foodhub.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"audit13/foodhub/domain"
)

// Orders reads and updates customer orders.
type Orders struct {
	db *sqlx.DB
}

// NewOrders returns an order store.
func NewOrders(db *sqlx.DB) *Orders { return &Orders{db: db} }

func getOne[T any](ctx context.Context, db *sqlx.DB, q string, args ...any) (*T, error) {
	var v T
	if err := db.GetContext(ctx, &v, q, args...); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, domain.ErrNotFound
		}
		return nil, err
	}
	return &v, nil
}

// Get loads one order.
func (s *Orders) Get(ctx context.Context, id string) (*domain.Order, error) {
	return getOne[domain.Order](ctx, s.db, `SELECT * FROM orders WHERE id = $1`, id)
}

// ByProviderRef loads the order a provider payment belongs to.
func (s *Orders) ByProviderRef(ctx context.Context, ref string) (*domain.Order, error) {
	return getOne[domain.Order](ctx, s.db, `SELECT * FROM orders WHERE provider_ref = $1`, ref)
}

// PendingSince lists orders still pending that were created before t.
func (s *Orders) PendingSince(ctx context.Context, t time.Time) ([]domain.Order, error) {
	var out []domain.Order
	err := s.db.SelectContext(ctx, &out,
		`SELECT * FROM orders WHERE status = 'pending' AND created_at < $1 ORDER BY created_at LIMIT 200`, t)
	return out, err
}

// SetProviderRef remembers the provider's payment id for an order.
func (s *Orders) SetProviderRef(ctx context.Context, id, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE orders SET provider_ref = $2 WHERE id = $1`, id, ref)
	return err
}

// MarkPaid records that the order's payment succeeded.
func (s *Orders) MarkPaid(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE orders SET status = 'paid', paid_at = now() WHERE id = $1`, id)
	return err
}

// MarkPaidIfPending moves a pending order to paid and reports whether this
// call made the transition.
func (s *Orders) MarkPaidIfPending(ctx context.Context, id string) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`UPDATE orders SET status = 'paid', paid_at = now() WHERE id = $1 AND status = 'pending'`, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, err
	}
	return n == 1, nil
}

// ConfirmPayment marks the order paid and queues it for the restaurant.
func (s *Orders) ConfirmPayment(ctx context.Context, id string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE orders SET status = 'paid', paid_at = now() WHERE id = $1`, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO kitchen_queue (order_id) VALUES ($1) ON CONFLICT DO NOTHING`, id); err != nil {
		return err
	}
	return tx.Commit()
}

// MarkFailed records a failed payment.
func (s *Orders) MarkFailed(ctx context.Context, id, reason string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE orders SET status = 'payment_failed', failure_reason = $2 WHERE id = $1`, id, reason)
	return err
}

// AddCashback credits a promo cashback to the customer's wallet.
func (s *Orders) AddCashback(ctx context.Context, customerID string, amountMinor int64) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE customers SET wallet_balance = wallet_balance + $1 WHERE id = $2`, amountMinor, customerID)
	if err != nil {
		return fmt.Errorf("cashback %s: %w", customerID, err)
	}
	return nil
}
