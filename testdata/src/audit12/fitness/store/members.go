package store

import (
	"context"

	"gorm.io/gorm"

	"audit12/fitness/domain"
)

type memberRow struct {
	ID               string `gorm:"primaryKey"`
	ClubID           string
	Email            string
	StripeCustomerID string
	BraintreeToken   string
	PaymentMethodID  string
	Country          string
}

func (memberRow) TableName() string { return "members" }

// Members reads and updates member profiles.
type Members struct {
	db *gorm.DB
}

func NewMembers(db *gorm.DB) *Members { return &Members{db: db} }

func (s *Members) Get(ctx context.Context, id string) (*domain.Member, error) {
	var r memberRow
	if err := s.db.WithContext(ctx).First(&r, "id = ?", id).Error; err != nil {
		return nil, err
	}
	m := domain.Member(r)
	return &m, nil
}

// SetDefaultPaymentMethod stores the card a member saved for renewals.
func (s *Members) SetDefaultPaymentMethod(ctx context.Context, id, pm string) error {
	return s.db.WithContext(ctx).Model(&memberRow{}).Where("id = ?", id).
		Update("payment_method_id", pm).Error
}
