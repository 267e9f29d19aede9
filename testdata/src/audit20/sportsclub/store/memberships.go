package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"audit20/sportsclub/domain"
)

// Memberships is the annual memberships table, on GORM.
type Memberships struct {
	db *gorm.DB
}

// NewMemberships wraps db.
func NewMemberships(db *gorm.DB) *Memberships { return &Memberships{db: db} }

// Get loads one membership.
func (s *Memberships) Get(ctx context.Context, id int64) (domain.Membership, error) {
	var m domain.Membership
	err := s.db.WithContext(ctx).First(&m, id).Error
	return m, err
}

// ByPayment finds the membership a GoCardless payment collects.
func (s *Memberships) ByPayment(ctx context.Context, paymentID string) (domain.Membership, error) {
	var m domain.Membership
	err := s.db.WithContext(ctx).Where("gc_payment_id = ?", paymentID).First(&m).Error
	return m, err
}

// DueForRenewal lists memberships whose season ends within the window.
func (s *Memberships) DueForRenewal(ctx context.Context, within time.Duration) ([]domain.Membership, error) {
	var out []domain.Membership
	err := s.db.WithContext(ctx).
		Where("status = ? AND valid_until < ?", domain.MembershipActive, time.Now().Add(within)).
		Find(&out).Error
	return out, err
}

// SetPayment remembers the GoCardless payment of a renewal.
func (s *Memberships) SetPayment(ctx context.Context, id int64, paymentID string) error {
	return s.db.WithContext(ctx).Model(&domain.Membership{}).Where("id = ?", id).
		Updates(map[string]interface{}{
			"gc_payment_id": paymentID,
			"status":        domain.MembershipPendingDebit,
			"last_attempt":  time.Now(),
		}).Error
}

// Extend adds one season to a membership and marks it active.
func (s *Memberships) Extend(ctx context.Context, id int64) error {
	return s.db.WithContext(ctx).Model(&domain.Membership{}).Where("id = ?", id).
		Updates(map[string]interface{}{
			"status":      domain.MembershipActive,
			"valid_until": gorm.Expr("DATE_ADD(valid_until, INTERVAL 1 YEAR)"),
		}).Error
}

// SetStatus sets a membership's status.
func (s *Memberships) SetStatus(ctx context.Context, id int64, st domain.MembershipStatus) error {
	return s.db.WithContext(ctx).Model(&domain.Membership{}).Where("id = ?", id).Update("status", st).Error
}
