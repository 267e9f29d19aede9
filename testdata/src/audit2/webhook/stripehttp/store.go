package stripehttp

import (
	"context"
	"time"

	"gorm.io/gorm"
)

type Order struct {
	ID        int64
	Status    string
	PaidAt    *time.Time
	Email     string
	AmountDue int64
}

type Account struct {
	ID      int64
	Balance int64
}

type ProcessedEvent struct {
	ID        string `gorm:"primaryKey"`
	CreatedAt time.Time
}

// OrderStore is the shop's GORM repository.
type OrderStore struct {
	db *gorm.DB
}

func NewOrderStore(db *gorm.DB) *OrderStore { return &OrderStore{db: db} }

func (s *OrderStore) MarkPaid(ctx context.Context, orderID string) error {
	now := time.Now()
	return s.db.WithContext(ctx).Model(&Order{}).Where("id = ?", orderID).
		Updates(map[string]interface{}{"status": "paid", "paid_at": now}).Error
}

func (s *OrderStore) Find(ctx context.Context, orderID string) (*Order, error) {
	var o Order
	err := s.db.WithContext(ctx).First(&o, "id = ?", orderID).Error
	return &o, err
}

// RecordEvent inserts the event id; the primary key makes a repeat fail.
func (s *OrderStore) RecordEvent(ctx context.Context, eventID string) error {
	return s.db.WithContext(ctx).Create(&ProcessedEvent{ID: eventID, CreatedAt: time.Now()}).Error
}

func (s *OrderStore) CreditAccount(ctx context.Context, accountID string, cents int64) error {
	return s.db.WithContext(ctx).Model(&Account{}).Where("id = ?", accountID).
		Update("balance", gorm.Expr("balance + ?", cents)).Error
}
