// Package store keeps the shop's orders and the referrers' commission
// statements in GORM.
package store

import (
	"gorm.io/gorm"

	"notpendingguard/orderstate"
)

type Order struct {
	ID          int64
	UserID      int64
	ReferrerID  int64
	OutTradeNo  string
	TradeNo     string
	TradeStatus string
	PaidAmount  string
	Channel     string
}

// CommissionStatement is the referrer's share of one paid order.
type CommissionStatement struct {
	ID         int64
	ReferrerID int64
	OrderID    int64
	Amount     string
}

type Orders struct {
	DB *gorm.DB
}

// FindOrder reads the order that matches the query's fields.
func (s *Orders) FindOrder(q *Order) (*Order, error) {
	var o Order
	err := s.DB.Where(q).First(&o).Error
	return &o, err
}

// Settle stores the paid trade and books the referrer's commission: a
// second call books it again.
func (s *Orders) Settle(o *Order) error {
	o.TradeStatus = orderstate.StatusTradeSuccess
	if err := s.DB.Save(o).Error; err != nil {
		return err
	}
	return s.DB.Create(&CommissionStatement{ReferrerID: o.ReferrerID, OrderID: o.ID, Amount: o.PaidAmount}).Error
}
