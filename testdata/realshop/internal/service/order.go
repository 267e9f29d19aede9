// Package service holds the shop's business logic over GORM.
package service

import (
	"errors"
	"time"

	"gorm.io/gorm"

	"example.com/realshop/internal/model"
)

// OrderService changes orders.
type OrderService struct{ db *gorm.DB }

// NewOrderService makes an OrderService on db.
func NewOrderService(db *gorm.DB) *OrderService { return &OrderService{db: db} }

// ErrNotFound is returned for an unknown order.
var ErrNotFound = errors.New("order not found")

// Get returns the order with the merchant order number.
func (s *OrderService) Get(outTradeNo string) (*model.Order, error) {
	var o model.Order
	if err := s.db.Where("out_trade_no = ?", outTradeNo).First(&o).Error; err != nil {
		return nil, ErrNotFound
	}
	return &o, nil
}

// MarkPaid stores the paid state of an order.
func (s *OrderService) MarkPaid(outTradeNo string) error {
	now := time.Now()
	return s.db.Model(&model.Order{}).Where("out_trade_no = ?", outTradeNo).
		Updates(map[string]any{"status": model.OrderPaid, "paid_at": &now}).Error
}

// Close closes an unpaid order.
func (s *OrderService) Close(outTradeNo string) error {
	return s.db.Model(&model.Order{}).Where("out_trade_no = ?", outTradeNo).Update("status", model.OrderClosed).Error
}

// GrantVIP makes a user VIP after a membership purchase.
func (s *OrderService) GrantVIP(userID uint) error {
	u := model.User{ID: userID}
	if err := s.db.First(&u).Error; err != nil {
		return err
	}
	u.VIP = true
	return s.db.Save(&u).Error
}
