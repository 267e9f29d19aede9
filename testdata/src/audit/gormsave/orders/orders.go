// Package orders is the order service behind the shop's handlers.
package orders

import (
	"context"
	"time"

	"gorm.io/gorm"
)

const (
	StatusPending   = "pending"
	StatusPaid      = "paid"
	StatusCancelled = "cancelled"
)

type Order struct {
	ID     uint
	UserID uint
	Status string
	PaidAt *time.Time
	Note   string
}

type User struct {
	ID      uint
	Credits int
}

type Service struct{ DB *gorm.DB }

// Reconcile brings the order in line with the payment: it marks it paid.
func (s *Service) Reconcile(ctx context.Context, id uint) error {
	var o Order
	if err := s.DB.WithContext(ctx).First(&o, id).Error; err != nil {
		return err
	}
	now := time.Now()
	o.Status = StatusPaid
	o.PaidAt = &now
	return s.DB.WithContext(ctx).Save(&o).Error
}

// TopUp adds purchased credits to the user's balance.
func (s *Service) TopUp(ctx context.Context, userID uint, n int) error {
	return s.DB.WithContext(ctx).Model(&User{}).Where("id = ?", userID).
		UpdateColumn("credits", gorm.Expr("credits + ?", n)).Error
}

// Withdraw cancels an order the buyer gave up on.
func (s *Service) Withdraw(ctx context.Context, id uint) error {
	var o Order
	if err := s.DB.WithContext(ctx).First(&o, id).Error; err != nil {
		return err
	}
	o.Status = StatusCancelled
	return s.DB.WithContext(ctx).Save(&o).Error
}

// Annotate saves a buyer's note on the order.
func (s *Service) Annotate(ctx context.Context, id uint, note string) error {
	return s.DB.WithContext(ctx).Model(&Order{ID: id}).Update("note", note).Error
}
