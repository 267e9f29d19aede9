// Package ginstore is the storefront of a print-on-demand shop (gin + GORM).
package ginstore

import (
	"time"

	"gorm.io/gorm"
)

// Order is the orders table.
type Order struct {
	ID        string
	Status    string // created, paid, shipped
	SessionID string
	PaidAt    *time.Time
}

// OrderRepo persists orders.
type OrderRepo struct {
	db *gorm.DB
}

// NewOrderRepo wraps the DB.
func NewOrderRepo(db *gorm.DB) *OrderRepo { return &OrderRepo{db: db} }

// Find loads an order.
func (r *OrderRepo) Find(id string) (*Order, error) {
	var o Order
	if err := r.db.First(&o, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &o, nil
}

// MarkPaid flags the order paid and queues it for printing.
func (r *OrderRepo) MarkPaid(id string) error {
	now := time.Now()
	return r.db.Model(&Order{}).Where("id = ?", id).Updates(map[string]any{"status": "paid", "paid_at": &now}).Error
}
