// Package orders keeps a top-up shop's orders in GORM. An order waits in
// WAIT_BUYER_PAY until the payment gateway's notification settles it.
package orders

import "gorm.io/gorm"

const (
	StatusWaitBuyerPay = "WAIT_BUYER_PAY"
	StatusTradeSuccess = "TRADE_SUCCESS"
)

type Order struct {
	ID          int64
	UserID      int64
	OutTradeNo  string
	TradeNo     string
	TradeStatus string
	PaidAmount  string
}

type Store struct {
	DB *gorm.DB
}

// Find reads the order by the merchant's trade number.
func (s *Store) Find(outTradeNo string) (*Order, error) {
	var o Order
	err := s.DB.Where("out_trade_no = ?", outTradeNo).First(&o).Error
	return &o, err
}

// MarkPaid stores the gateway's trade number and the paid state.
func (s *Store) MarkPaid(outTradeNo, tradeNo, money string) error {
	return s.DB.Model(&Order{}).Where("out_trade_no = ?", outTradeNo).
		Updates(map[string]interface{}{"trade_status": StatusTradeSuccess, "trade_no": tradeNo, "paid_amount": money}).Error
}

// Settle saves the order as the notification filled it and credits the
// buyer's balance with what was paid.
func (s *Store) Settle(o *Order) error {
	if err := s.DB.Save(o).Error; err != nil {
		return err
	}
	return s.DB.Table("users").Where("id = ?", o.UserID).Update("balance", gorm.Expr("balance + ?", o.PaidAmount)).Error
}
