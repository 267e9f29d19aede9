// Package store persists bookings, credits, earnings and webhook events.
package store

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"

	"audit17/tutoring/domain"
)

// Bookings is the gorm-backed booking and credit store.
type Bookings struct {
	db *gorm.DB
}

// NewBookings returns a booking store.
func NewBookings(db *gorm.DB) *Bookings { return &Bookings{db: db} }

// ErrNotFound is returned when a booking does not exist.
var ErrNotFound = errors.New("booking not found")

// Get loads a booking by id.
func (s *Bookings) Get(ctx context.Context, id int64) (*domain.Booking, error) {
	var b domain.Booking
	if err := s.db.WithContext(ctx).First(&b, id).Error; err != nil {
		return nil, ErrNotFound
	}
	return &b, nil
}

// ByProviderRef loads a booking by the provider's order reference.
func (s *Bookings) ByProviderRef(ctx context.Context, ref string) (*domain.Booking, error) {
	var b domain.Booking
	if err := s.db.WithContext(ctx).Where("provider_ref = ?", ref).First(&b).Error; err != nil {
		return nil, ErrNotFound
	}
	return &b, nil
}

// SetProviderRef remembers the provider's order or invoice id.
func (s *Bookings) SetProviderRef(ctx context.Context, id int64, ref string) error {
	return s.db.WithContext(ctx).Model(&domain.Booking{}).Where("id = ?", id).Update("provider_ref", ref).Error
}

// MarkPaid records that a booking was paid.
func (s *Bookings) MarkPaid(ctx context.Context, id int64) error {
	return s.db.WithContext(ctx).Model(&domain.Booking{}).Where("id = ?", id).
		Update("status", domain.BookingPaid).Error
}

// ConfirmIfPending moves a booking from pending to paid and reports
// whether this call did it.
func (s *Bookings) ConfirmIfPending(ctx context.Context, id int64) (bool, error) {
	res := s.db.WithContext(ctx).Model(&domain.Booking{}).
		Where("id = ? AND status = ?", id, domain.BookingPending).
		Update("status", domain.BookingPaid)
	if res.Error != nil {
		return false, res.Error
	}
	return res.RowsAffected == 1, nil
}

// GrantCredits adds lesson credits to a student's wallet.
func (s *Bookings) GrantCredits(ctx context.Context, studentID int64, n int) error {
	return s.db.WithContext(ctx).Table("student_wallets").Where("student_id = ?", studentID).
		UpdateColumn("credits", gorm.Expr("credits + ?", n)).Error
}

// MarkCancelled records a cancelled lesson.
func (s *Bookings) MarkCancelled(ctx context.Context, id int64) error {
	return s.db.WithContext(ctx).Model(&domain.Booking{}).Where("id = ?", id).
		Update("status", domain.BookingCancelled).Error
}

// MarkRefunded records a refunded lesson.
func (s *Bookings) MarkRefunded(ctx context.Context, id int64) error {
	return s.db.WithContext(ctx).Model(&domain.Booking{}).Where("id = ?", id).
		Update("status", domain.BookingRefunded).Error
}

// Pending lists bookings still awaiting payment, older than age.
func (s *Bookings) Pending(ctx context.Context, p domain.Provider, age time.Duration) ([]domain.Booking, error) {
	var out []domain.Booking
	err := s.db.WithContext(ctx).Where("provider = ? AND status = ? AND created_at < ?",
		p, domain.BookingPending, time.Now().Add(-age)).Find(&out).Error
	return out, err
}

// Upcoming lists paid bookings starting within d.
func (s *Bookings) Upcoming(ctx context.Context, d time.Duration) ([]domain.Booking, error) {
	var out []domain.Booking
	err := s.db.WithContext(ctx).Where("status = ? AND starts_at < ?", domain.BookingPaid, time.Now().Add(d)).Find(&out).Error
	return out, err
}
