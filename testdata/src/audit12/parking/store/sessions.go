// Package store implements persistence for the parking backend.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jmoiron/sqlx"

	"audit12/parking/domain"
)

// Sessions stores parking sessions in PostgreSQL through sqlx.
type Sessions struct {
	db *sqlx.DB
}

// NewSessions returns a session store on db.
func NewSessions(db *sqlx.DB) *Sessions { return &Sessions{db: db} }

const sessionCols = `id, plate, zone_id, phone, amount_cents, currency, status, provider,
	provider_payment_id, card_source_id, started_at, ended_at`

func (s *Sessions) one(ctx context.Context, where string, args ...any) (*domain.Session, error) {
	var sess domain.Session
	err := s.db.GetContext(ctx, &sess, `SELECT `+sessionCols+` FROM parking_sessions WHERE `+where, args...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.ErrNotFound
	}
	return &sess, err
}

// Get loads one session.
func (s *Sessions) Get(ctx context.Context, id string) (*domain.Session, error) {
	return s.one(ctx, `id = $1`, id)
}

// ByProviderPayment loads the session paid by a provider payment.
func (s *Sessions) ByProviderPayment(ctx context.Context, provider, paymentID string) (*domain.Session, error) {
	return s.one(ctx, `provider = $1 AND provider_payment_id = $2`, provider, paymentID)
}

// ListEnded returns ended sessions that have not been charged yet.
func (s *Sessions) ListEnded(ctx context.Context, limit int) ([]domain.Session, error) {
	var out []domain.Session
	err := s.db.SelectContext(ctx, &out, `SELECT `+sessionCols+` FROM parking_sessions
		WHERE status = 'ended' ORDER BY ended_at LIMIT $1`, limit)
	return out, err
}

// ListCharging returns sessions charged more than olderThan ago whose
// payment has not settled.
func (s *Sessions) ListCharging(ctx context.Context, olderThan time.Duration) ([]domain.Session, error) {
	var out []domain.Session
	err := s.db.SelectContext(ctx, &out, `SELECT `+sessionCols+` FROM parking_sessions
		WHERE status = 'charging' AND updated_at < $1`, time.Now().Add(-olderThan))
	return out, err
}

// Duplicates returns paid sessions that overlap an earlier paid session of
// the same plate.
func (s *Sessions) Duplicates(ctx context.Context, since time.Time) ([]domain.Session, error) {
	var out []domain.Session
	err := s.db.SelectContext(ctx, &out, `SELECT `+sessionCols+` FROM parking_sessions b
		WHERE b.status = 'paid' AND b.started_at > $1 AND EXISTS (
			SELECT 1 FROM parking_sessions a WHERE a.plate = b.plate AND a.id <> b.id
			AND a.status = 'paid' AND a.started_at < b.started_at AND a.ended_at > b.started_at)`, since)
	return out, err
}

func (s *Sessions) exec(ctx context.Context, q string, args ...any) error {
	_, err := s.db.ExecContext(ctx, q, args...)
	return err
}

// SetCharging records the provider payment of a session.
func (s *Sessions) SetCharging(ctx context.Context, id, provider, paymentID string) error {
	return s.exec(ctx, `UPDATE parking_sessions SET status = 'charging', provider = $2,
		provider_payment_id = $3, updated_at = now() WHERE id = $1`, id, provider, paymentID)
}

// MarkPaid marks a session paid.
func (s *Sessions) MarkPaid(ctx context.Context, id string) error {
	return s.exec(ctx, `UPDATE parking_sessions SET status = 'paid', updated_at = now() WHERE id = $1`, id)
}

// MarkFailed marks a session's payment failed.
func (s *Sessions) MarkFailed(ctx context.Context, id, reason string) error {
	return s.exec(ctx, `UPDATE parking_sessions SET status = 'failed', failure_reason = $2,
		updated_at = now() WHERE id = $1`, id, reason)
}

// MarkRefunded marks a session refunded.
func (s *Sessions) MarkRefunded(ctx context.Context, id string) error {
	return s.exec(ctx, `UPDATE parking_sessions SET status = 'refunded', updated_at = now() WHERE id = $1`, id)
}
