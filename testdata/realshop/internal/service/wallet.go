package service

import (
	"context"

	"gorm.io/gorm"

	"example.com/realshop/internal/model"
)

// WalletService tops up users' credits.
type WalletService struct{ db *gorm.DB }

// NewWalletService makes a WalletService on db.
func NewWalletService(db *gorm.DB) *WalletService { return &WalletService{db: db} }

// HandleTopUpSucceeded adds a paid top-up to the user's credits: each call
// adds it again.
func (s *WalletService) HandleTopUpSucceeded(ctx context.Context, userID uint, amount int64) error {
	return s.db.WithContext(ctx).Model(&model.User{ID: userID}).
		Update("credits", gorm.Expr("credits + ?", amount)).Error
}

// HandleVIPPurchased makes the user VIP: the same on every call.
func (s *WalletService) HandleVIPPurchased(ctx context.Context, userID uint) error {
	return s.db.WithContext(ctx).Model(&model.User{ID: userID}).Update("vip", true).Error
}
