// Package models declares a concert ticket shop's tables in GORM v1
// (github.com/jinzhu/gorm), created by AutoMigrate from these structs.
package models

import "github.com/jinzhu/gorm"

// Concert is one show; SeatsLeft are the places still to sell.
type Concert struct {
	gorm.Model
	Title     string
	SeatsLeft int
}

// Order is one ticket order.
type Order struct {
	gorm.Model
	ConcertID uint
	Seats     int
	Status    string
}

// ProcessedEvent records a Stripe event handled once: its id is a
// unique index (v1 spelling).
type ProcessedEvent struct {
	gorm.Model
	EventID string `gorm:"unique_index;size:64"`
}

// GiftCard is a prepaid card; Balance is what is left on it.
type GiftCard struct {
	Code    string `gorm:"primary_key"`
	Balance int64
}
