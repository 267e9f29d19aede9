// Package store keeps a spa chain's gift cards (GORM).
package store

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// GiftCard is a gift card bought online: pending until paid, then issued
// (usable) or cancelled.
type GiftCard struct {
	ID        int64
	OrderRef  string
	Code      string
	Status    string
	UpdatedAt time.Time
}

// GiftCards stores gift cards.
type GiftCards struct{ DB *gorm.DB }

// NewGiftCards returns the store.
func NewGiftCards(db *gorm.DB) *GiftCards { return &GiftCards{DB: db} }

// SetStatus stores a card's status (the return pages and the back office
// call it).
func (s *GiftCards) SetStatus(ctx context.Context, orderRef, status string) error {
	return s.DB.WithContext(ctx).Model(&GiftCard{}).Where("order_ref = ?", orderRef).Update("status", status).Error
}

// Issue makes a bought card usable.
func (s *GiftCards) Issue(ctx context.Context, orderRef string) error {
	return s.DB.WithContext(ctx).Model(&GiftCard{}).Where("order_ref = ?", orderRef).
		Updates(map[string]any{"status": "issued", "updated_at": time.Now()}).Error
}

// Remind records a reminder mailed about an unpaid card.
func (s *GiftCards) Remind(ctx context.Context, orderRef string) error {
	return s.DB.WithContext(ctx).Model(&GiftCard{}).Where("order_ref = ?", orderRef).
		Updates(map[string]any{"reminded_at": time.Now()}).Error
}
