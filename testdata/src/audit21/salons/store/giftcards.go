package store

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// GiftCards stores gift cards and their balances.
type GiftCards struct {
	Repo[GiftCard]
}

func NewGiftCards(db *gorm.DB) *GiftCards { return &GiftCards{Repo[GiftCard]{DB: db}} }

// ByOrder finds the card bought with an order reference.
func (s *GiftCards) ByOrder(ctx context.Context, ref string) (*GiftCard, error) {
	var g GiftCard
	err := s.DB.WithContext(ctx).Where("order_ref = ?", ref).First(&g).Error
	return &g, err
}

// Issue makes a bought card usable: the code is sent by mail by the caller.
func (s *GiftCards) Issue(ctx context.Context, orderRef string) error {
	return s.DB.WithContext(ctx).Model(&GiftCard{}).Where("order_ref = ?", orderRef).
		Updates(map[string]any{"status": "issued", "updated_at": time.Now()}).Error
}

// TopUp adds a reload to a card's balance.
func (s *GiftCards) TopUp(ctx context.Context, code string, cents int64) error {
	return s.DB.WithContext(ctx).Model(&GiftCard{}).Where("code = ?", code).
		Update("balance_cents", gorm.Expr("balance_cents + ?", cents)).Error
}

// SetStatus is used by the admin tools and the return pages.
func (s *GiftCards) SetStatus(ctx context.Context, orderRef, status string) error {
	return s.DB.WithContext(ctx).Model(&GiftCard{}).Where("order_ref = ?", orderRef).Update("status", status).Error
}
