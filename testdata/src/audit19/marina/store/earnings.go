package store

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// OwnerEarning is money owed to a charter-boat owner for one booking.
type OwnerEarning struct {
	ID          uint `gorm:"primaryKey"`
	OwnerID     string
	BookingID   string
	AmountCents int64
	CreatedAt   time.Time
}

// Earnings keeps charter owners' earnings in Postgres through gorm.
type Earnings struct {
	db          *gorm.DB
	commissionP int64
}

// NewEarnings returns the repository; commission is the marina's cut in percent.
func NewEarnings(db *gorm.DB, commission int64) *Earnings {
	return &Earnings{db: db, commissionP: commission}
}

// Accrue records the owner's share of a paid charter booking.
func (e *Earnings) Accrue(ctx context.Context, ownerID, bookingID string, paidCents int64) error {
	share := paidCents * (100 - e.commissionP) / 100
	return e.db.WithContext(ctx).Create(&OwnerEarning{
		OwnerID:     ownerID,
		BookingID:   bookingID,
		AmountCents: share,
	}).Error
}
