// Package models declares the tutoring platform's tables: gorm creates them
// from these structs (AutoMigrate), with the indexes their tags declare.
package models

import (
	"time"

	"gorm.io/gorm"
)

// Payment is one succeeded PaymentIntent: its Stripe id is unique.
type Payment struct {
	ID       uint   `gorm:"primaryKey"`
	StripeID string `gorm:"uniqueIndex;size:64"`
	Amount   int64
	Currency string
	Status   string
}

// LessonCredit is the ledger row of a credit pack bought through Checkout,
// keyed by the session it was paid in.
type LessonCredit struct {
	Reference string `gorm:"primaryKey"`
	StudentID string
	Lessons   int64
}

// Purchase is one paid charge: unique by provider and the charge's id
// together.
type Purchase struct {
	ID         uint   `gorm:"primaryKey"`
	Provider   string `gorm:"uniqueIndex:idx_purchase_charge"`
	ExternalID string `gorm:"uniqueIndex:idx_purchase_charge"`
	Amount     int64
	Status     string
}

// PaymentReceipt is a payment receipt whose own key is made per row.
type PaymentReceipt struct {
	ID              string `gorm:"primaryKey"`
	PaymentIntentID string `gorm:"index"`
	Amount          int64
	Status          string
}

// PaymentNotice is one received payment notification: unique by reference
// and the time it arrived, so every delivery is a new row.
type PaymentNotice struct {
	ID         uint      `gorm:"primaryKey"`
	Reference  string    `gorm:"uniqueIndex:idx_notice_at"`
	ReceivedAt time.Time `gorm:"uniqueIndex:idx_notice_at"`
	Amount     int64
	Status     string
}

// Wallet holds a student's prepaid balance.
type Wallet struct {
	StudentID string `gorm:"primaryKey"`
	Balance   int64
}

func Migrate(db *gorm.DB) error {
	return db.AutoMigrate(&Payment{}, &LessonCredit{}, &Purchase{}, &PaymentReceipt{}, &PaymentNotice{}, &Wallet{})
}
