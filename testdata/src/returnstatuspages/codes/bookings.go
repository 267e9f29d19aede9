package codes

import (
	"context"

	"gorm.io/gorm"
)

// Booking is a home-services job booked by a customer.
type Booking struct {
	ID     string
	Status string
}

// Bookings stores bookings.
type Bookings struct{ db *gorm.DB }

// NewBookings builds the store.
func NewBookings(db *gorm.DB) *Bookings { return &Bookings{db: db} }

// SetStatus stores a booking's status.
func (s *Bookings) SetStatus(ctx context.Context, id string, status string) error {
	return s.db.WithContext(ctx).Model(&Booking{}).Where("id = ?", id).Update("status", status).Error
}
