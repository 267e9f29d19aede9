// Package store implements the repositories on Postgres (sqlx), Mongo and
// Redis.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"

	"audit17/laundry/domain"
)

// OrderStore keeps orders in Postgres.
type OrderStore struct {
	db *sqlx.DB
}

// NewOrderStore returns an OrderStore.
func NewOrderStore(db *sqlx.DB) *OrderStore { return &OrderStore{db: db} }

// Get loads one order.
func (s *OrderStore) Get(ctx context.Context, id string) (*domain.Order, error) {
	var o domain.Order
	if err := s.db.GetContext(ctx, &o, `SELECT * FROM orders WHERE id = $1`, id); err != nil {
		return nil, err
	}
	return &o, nil
}

// MarkPaid records the payment on the order.
func (s *OrderStore) MarkPaid(ctx context.Context, id, paymentRef string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE orders SET status = 'paid', payment_ref = $2 WHERE id = $1 AND status = 'awaiting_payment'`,
		id, paymentRef)
	return err
}

// ReleaseForPickup lets the driver hand the clean garments back.
func (s *OrderStore) ReleaseForPickup(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE orders SET status = 'released', released_at = now() WHERE id = $1`, id)
	return err
}

// PendingClaims lists approved claims not refunded yet.
func (s *OrderStore) PendingClaims(ctx context.Context) ([]domain.Claim, error) {
	var out []domain.Claim
	err := s.db.SelectContext(ctx, &out,
		`SELECT id, order_id, payment_ref, provider, amount_cts, currency FROM claims WHERE status = 'approved' AND refunded_at IS NULL`)
	return out, err
}

// ClaimRefunded closes a claim.
func (s *OrderStore) ClaimRefunded(ctx context.Context, claimID, refundID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE claims SET refunded_at = now(), refund_id = $2 WHERE id = $1`, claimID, refundID)
	return err
}

// RecordEvent stores a provider notification id; it reports false when the
// id was stored before.
func (s *OrderStore) RecordEvent(ctx context.Context, provider, eventID string) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`INSERT INTO provider_events (provider, event_id, received_at) VALUES ($1, $2, now()) ON CONFLICT DO NOTHING`,
		provider, eventID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// AddFranchiseEarning books the franchisee's share of a store payment.
func (s *OrderStore) AddFranchiseEarning(ctx context.Context, storeID, paymentID string, cents int64) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO franchise_earnings (store_id, payment_id, amount_cts, booked_at) VALUES ($1, $2, $3, now())`,
		storeID, paymentID, cents)
	return err
}

// LoyaltyStore keeps loyalty balances.
type LoyaltyStore struct {
	db *sql.DB
}

// NewLoyaltyStore returns a LoyaltyStore.
func NewLoyaltyStore(db *sql.DB) *LoyaltyStore { return &LoyaltyStore{db: db} }

// Grant adds credits to the customer's balance.
func (l *LoyaltyStore) Grant(ctx context.Context, customerID string, credits int64) error {
	_, err := l.db.ExecContext(ctx,
		`UPDATE customers SET loyalty_credits = loyalty_credits + $1 WHERE id = $2`, credits, customerID)
	return err
}

// Seen remembers notification ids in Redis for a day.
type Seen struct {
	rdb *redis.Client
}

// NewSeen returns a Seen.
func NewSeen(rdb *redis.Client) *Seen { return &Seen{rdb: rdb} }

// FirstTime reports whether key was not seen before, and marks it.
func (s *Seen) FirstTime(ctx context.Context, key string) (bool, error) {
	ok, err := s.rdb.SetNX(ctx, "seen:"+key, 1, 24*time.Hour).Result()
	if err != nil {
		return false, errors.Join(errors.New("seen"), err)
	}
	return ok, nil
}

// ByPaymentRef finds the order a provider payment belongs to.
func (s *OrderStore) ByPaymentRef(ctx context.Context, ref string) (*domain.Order, error) {
	var o domain.Order
	if err := s.db.GetContext(ctx, &o, `SELECT * FROM orders WHERE payment_ref = $1`, ref); err != nil {
		return nil, err
	}
	return &o, nil
}

// MarkCollected records that the driver picked the bag up.
func (s *OrderStore) MarkCollected(ctx context.Context, orderID, driverID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE orders SET collected_at = now(), collected_by = $2 WHERE id = $1`, orderID, driverID)
	return err
}

// DuePlans lists laundry-plan renewals due today.
func (s *OrderStore) DuePlans(ctx context.Context) ([]PlanRenewal, error) {
	var out []PlanRenewal
	err := s.db.SelectContext(ctx, &out,
		`SELECT order_id, customer_id, card_token, amount FROM plan_renewals WHERE due_on = current_date AND charged_at IS NULL`)
	return out, err
}

// PlanRenewal is a plan charge due.
type PlanRenewal struct {
	OrderID    string  `db:"order_id"`
	CustomerID string  `db:"customer_id"`
	CardToken  string  `db:"card_token"`
	Amount     float64 `db:"amount"`
}

// PlanCharged closes a renewal.
func (s *OrderStore) PlanCharged(ctx context.Context, orderID string, paymentID int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE plan_renewals SET charged_at = now(), payment_id = $2 WHERE order_id = $1`, orderID, paymentID)
	return err
}
