// Package store implements the domain stores on gorm, sqlx and redis.
package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"audit12/fitness/domain"
)

type membershipRow struct {
	ID           string `gorm:"primaryKey"`
	MemberID     string
	Kind         string
	PaidThrough  time.Time
	ClassesLeft  int
	SessionsLeft int
	Frozen       bool
}

func (membershipRow) TableName() string { return "memberships" }

// Memberships is the gorm-backed domain.MembershipStore.
type Memberships struct {
	db *gorm.DB
}

func NewMemberships(db *gorm.DB) *Memberships { return &Memberships{db: db} }

func (s *Memberships) Get(ctx context.Context, id string) (*domain.Membership, error) {
	var row membershipRow
	if err := s.db.WithContext(ctx).First(&row, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &domain.Membership{
		ID: row.ID, MemberID: row.MemberID, Kind: domain.PlanKind(row.Kind),
		PaidThrough: row.PaidThrough, ClassesLeft: row.ClassesLeft,
		SessionsLeft: row.SessionsLeft, Frozen: row.Frozen,
	}, nil
}

// Activate sets the paid-through date; calling it twice is harmless.
func (s *Memberships) Activate(ctx context.Context, id string, through time.Time) error {
	return s.db.WithContext(ctx).Model(&membershipRow{}).Where("id = ?", id).
		Updates(map[string]interface{}{"paid_through": through, "frozen": false}).Error
}

func (s *Memberships) AddClasses(ctx context.Context, id string, n int) error {
	return s.db.WithContext(ctx).Model(&membershipRow{}).Where("id = ?", id).
		UpdateColumn("classes_left", gorm.Expr("classes_left + ?", n)).Error
}

func (s *Memberships) AddSessions(ctx context.Context, id string, n int) error {
	return s.db.WithContext(ctx).Model(&membershipRow{}).Where("id = ?", id).
		UpdateColumn("sessions_left", gorm.Expr("sessions_left + ?", n)).Error
}

func (s *Memberships) SetFrozen(ctx context.Context, id string, frozen bool) error {
	return s.db.WithContext(ctx).Model(&membershipRow{}).Where("id = ?", id).
		Update("frozen", frozen).Error
}

// ExtendMonth pushes the paid-through date of a monthly plan by a month.
func (s *Memberships) ExtendMonth(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&membershipRow{}).Where("id = ?", id).
		UpdateColumn("paid_through", gorm.Expr("paid_through + interval '1 month'")).Error
}
