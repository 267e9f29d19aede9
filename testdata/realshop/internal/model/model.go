// Package model holds the GORM models of the shop.
package model

import "time"

// Order is a customer's order.
type Order struct {
	ID         uint
	OutTradeNo string `gorm:"uniqueIndex"`
	UserID     uint
	Amount     int64
	Status     string // created, paid, shipped, closed
	PaidAt     *time.Time
}

// User is a customer.
type User struct {
	ID       uint
	Nickname string
	VIP      bool
	Credits  int64
}

// Address is a shipping address.
type Address struct {
	ID     uint
	UserID uint
	Line1  string
	Status string // draft, confirmed
}

// Order states.
const (
	OrderCreated = "created"
	OrderPaid    = "paid"
	OrderClosed  = "closed"
)
