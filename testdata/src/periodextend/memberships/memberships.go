// Package memberships keeps a sports club's memberships and plans in
// MySQL, through GORM and database/sql. Some writes push the end of what
// was paid for forward from its old value, in the statement itself
// (DATE_ADD, TIMESTAMPADD); others set the end to a date, or record a
// delivered event once.
package memberships

import (
	"context"
	"database/sql"
	"time"

	"gorm.io/gorm"
)

// Membership is a member's yearly membership.
type Membership struct {
	ID         int64
	Status     string
	ValidUntil time.Time
}

// Store is the memberships and plans tables.
type Store struct {
	orm *gorm.DB
	db  *sql.DB
}

// New returns a store over both handles.
func New(orm *gorm.DB, db *sql.DB) *Store { return &Store{orm: orm, db: db} }

// --- a period added to the old end: a second call adds a second period ---

// ExtendSeason adds a year to the membership and marks it active.
func (s *Store) ExtendSeason(ctx context.Context, id int64) error {
	return s.orm.WithContext(ctx).Model(&Membership{}).Where("id = ?", id).
		Updates(map[string]interface{}{
			"status":      "active",
			"valid_until": gorm.Expr("DATE_ADD(valid_until, INTERVAL 1 YEAR)"),
		}).Error
}

// ExtendMonth adds a month to a monthly plan, or a month from today when
// it has lapsed.
func (s *Store) ExtendMonth(ctx context.Context, planID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE plans SET status = 'active', expires_at = DATE_ADD(GREATEST(expires_at, NOW()), INTERVAL 1 MONTH) WHERE id = ?`, planID)
	return err
}

// AddTermDays adds days to a subscription's current term.
func (s *Store) AddTermDays(ctx context.Context, subID string, days int) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE subscriptions SET current_period_end = TIMESTAMPADD(DAY, ?, current_period_end) WHERE id = ?`, days, subID)
	return err
}

// --- look-alikes: the end set, not pushed; an event recorded once ---

// SetValidUntil sets the end to the date the provider gives: a second
// call sets the same date.
func (s *Store) SetValidUntil(ctx context.Context, id int64, end time.Time) error {
	_, err := s.db.ExecContext(ctx, `UPDATE memberships SET status = 'active', valid_until = ? WHERE id = ?`, end, id)
	return err
}

// RenewFromToday sets the end a year from today, whatever it was.
func (s *Store) RenewFromToday(ctx context.Context, id int64) error {
	return s.orm.WithContext(ctx).Model(&Membership{}).Where("id = ?", id).
		Update("valid_until", gorm.Expr("DATE_ADD(CURDATE(), INTERVAL 1 YEAR)")).Error
}

// SlideSession keeps a member's login session open half an hour more (a
// session, not something paid for).
func (s *Store) SlideSession(ctx context.Context, token string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE login_sessions SET expires_at = DATE_ADD(expires_at, INTERVAL 30 MINUTE) WHERE token = ?`, token)
	return err
}

// FirstDelivery records a provider event id under a unique key: false
// when it was recorded before.
func (s *Store) FirstDelivery(ctx context.Context, eventID string) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT IGNORE INTO provider_events (event_id) VALUES (?)`, eventID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
