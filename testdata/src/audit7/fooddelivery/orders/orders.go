// Package orders is the order domain: state changes of a food order.
package orders

import (
	"context"
	"time"

	"gorm.io/gorm"
)

type Order struct {
	ID            string
	CustomerID    string
	RestaurantID  string
	PaymentStatus string
	GatewayTxnID  string
	PaidAt        *time.Time
	KitchenState  string
}

type Service struct {
	db      *gorm.DB
	kitchen KitchenNotifier
}

// KitchenNotifier pushes a new ticket to the restaurant tablet.
type KitchenNotifier interface {
	NewTicket(ctx context.Context, orderID string) error
}

func NewService(db *gorm.DB, k KitchenNotifier) *Service { return &Service{db: db, kitchen: k} }

// ConfirmPayment marks the order paid and sends it to the kitchen.
func (s *Service) ConfirmPayment(ctx context.Context, orderID, gatewayTxnID string) error {
	now := time.Now()
	err := s.db.WithContext(ctx).Model(&Order{}).Where("id = ?", orderID).Updates(map[string]any{
		"payment_status": "paid",
		"gateway_txn_id": gatewayTxnID,
		"paid_at":        &now,
	}).Error
	if err != nil {
		return err
	}
	return s.kitchen.NewTicket(ctx, orderID)
}

func (s *Service) PaymentState(ctx context.Context, orderID string) (string, error) {
	var o Order
	if err := s.db.WithContext(ctx).First(&o, "id = ?", orderID).Error; err != nil {
		return "", err
	}
	return o.PaymentStatus, nil
}
