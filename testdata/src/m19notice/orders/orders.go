// Package orders marks orders in Postgres through GORM.
package orders

import "gorm.io/gorm"

// Order is the shop's order row.
type Order struct {
	ID     uint
	Code   string
	Status string
}

// Book marks orders.
type Book struct{ DB *gorm.DB }

// MarkPaid marks the order paid.
func (b *Book) MarkPaid(code string) error {
	return b.DB.Model(&Order{}).Where("code = ?", code).Update("status", "paid").Error
}
