package store

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("store: not found")

// Bookings persists bookings with GORM.
type Bookings struct {
	db *gorm.DB
}

// NewBookings returns a booking store.
func NewBookings(db *gorm.DB) *Bookings { return &Bookings{db: db} }

// Get loads one booking.
func (s *Bookings) Get(ctx context.Context, id string) (*Booking, error) {
	var b Booking
	if err := s.db.WithContext(ctx).First(&b, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &b, nil
}

// ByIntent loads the booking paid by a PaymentIntent.
func (s *Bookings) ByIntent(ctx context.Context, piID string) (*Booking, error) {
	var b Booking
	err := s.db.WithContext(ctx).Where("payment_intent_id = ?", piID).First(&b).Error
	return &b, err
}

// SaveIntent stores the PaymentIntent and its idempotency key.
func (s *Bookings) SaveIntent(ctx context.Context, id, piID, key string) error {
	return s.db.WithContext(ctx).Model(&Booking{}).Where("id = ?", id).
		Updates(map[string]any{"payment_intent_id": piID, "intent_key": key}).Error
}

// MarkConfirmed confirms a booking once its payment went through.
func (s *Bookings) MarkConfirmed(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&Booking{}).Where("id = ?", id).
		Updates(map[string]any{"status": BookingConfirmed, "updated_at": time.Now()}).Error
}

// MarkRefunded moves a cancelled booking to refunded.
func (s *Bookings) MarkRefunded(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&Booking{}).
		Where("id = ? AND status = ?", id, BookingCancelled).
		Update("status", BookingRefunded).Error
}

// Cancelled lists cancelled bookings that still wait for their refund.
func (s *Bookings) Cancelled(ctx context.Context, limit int) ([]Booking, error) {
	var out []Booking
	err := s.db.WithContext(ctx).Where("status = ?", BookingCancelled).Find(&out).Error
	if len(out) > limit {
		out = out[:limit]
	}
	return out, err
}

// HeldNoShows lists bookings authorised with manual capture whose slot
// ended without a check-in.
func (s *Bookings) HeldNoShows(ctx context.Context, before time.Time) ([]Booking, error) {
	var out []Booking
	err := s.db.WithContext(ctx).
		Where("hold_for_no_show = ? AND status = ? AND ends_at < ?", true, BookingNoShow, before).
		Find(&out).Error
	return out, err
}

// Upcoming lists confirmed bookings starting within the window.
func (s *Bookings) Upcoming(ctx context.Context, within time.Duration) ([]Booking, error) {
	var out []Booking
	err := s.db.WithContext(ctx).
		Where("status = ? AND starts_at < ?", BookingConfirmed, time.Now().Add(within)).
		Find(&out).Error
	return out, err
}
