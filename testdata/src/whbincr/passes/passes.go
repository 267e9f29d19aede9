// Package passes keeps a climbing gym's prepaid passes in GORM and sqlx.
// Some writes add to what the customer bought, in the statement itself;
// others count events, take a unit away, or set a date.
package passes

import (
	"context"
	"database/sql"
	"time"

	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

type passRow struct {
	ID           string
	ClassesLeft  int
	AttemptsLeft int
	Sessions     int
	PaidUntil    time.Time
}

// Store is the passes table.
type Store struct {
	db  *gorm.DB
	x   *sqlx.DB
	raw *sql.DB
}

// AddClasses: a pack of classes, added in the statement (GORM map).
func (s *Store) AddClasses(ctx context.Context, id string, n int) error {
	return s.db.WithContext(ctx).Model(&passRow{}).Where("id = ?", id).
		Updates(map[string]interface{}{"classes_left": gorm.Expr("classes_left + ?", n)}).Error
}

// AddRides: rides on a pass, added by constant SQL through sqlx.
func (s *Store) AddRides(ctx context.Context, id string, n int) error {
	_, err := s.x.ExecContext(ctx, `UPDATE passes SET rides_remaining = rides_remaining + $1 WHERE id = $2`, n, id)
	return err
}

// Renew pushes the paid-up date of a plan a month forward.
func (s *Store) Renew(ctx context.Context, id string) error {
	_, err := s.raw.ExecContext(ctx, `UPDATE plans SET paid_until = paid_until + interval '1 month' WHERE id = $1`, id)
	return err
}

// --- look-alikes: no purchase repeated ---

// CountAttempt counts a failed charge attempt (a counter of events).
func (s *Store) CountAttempt(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&passRow{}).Where("id = ?", id).
		UpdateColumn("attempts_left", gorm.Expr("attempts_left + ?", 1)).Error
}

// UseClass takes one class away.
func (s *Store) UseClass(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&passRow{}).Where("id = ?", id).
		UpdateColumn("classes_left", gorm.Expr("classes_left - ?", 1)).Error
}

// SetPaidUntil sets the date; a second call sets the same date.
func (s *Store) SetPaidUntil(ctx context.Context, id string, t time.Time) error {
	return s.db.WithContext(ctx).Model(&passRow{}).Where("id = ?", id).Update("paid_until", t).Error
}

// TallySession counts a visit (a tally, not units left).
func (s *Store) TallySession(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&passRow{}).Where("id = ?", id).
		UpdateColumn("sessions", gorm.Expr("sessions + ?", 1)).Error
}

// Claim records an event id once: false when it was recorded before.
func (s *Store) Claim(ctx context.Context, eventID string) (bool, error) {
	res, err := s.raw.ExecContext(ctx, `INSERT INTO processed_events (id) VALUES ($1) ON CONFLICT DO NOTHING`, eventID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// Status is the pass's stored payment state.
func (s *Store) Status(ctx context.Context, id string) (string, error) {
	var st string
	err := s.raw.QueryRowContext(ctx, `SELECT status FROM passes WHERE id = $1`, id).Scan(&st)
	return st, err
}

// MarkPaid stores the paid state.
func (s *Store) MarkPaid(ctx context.Context, id string) error {
	_, err := s.raw.ExecContext(ctx, `UPDATE passes SET status = 'paid' WHERE id = $1`, id)
	return err
}
