// Package store holds parcels' domain records and their persistence.
package store

import (
	"errors"
	"time"
)

var ErrNotFound = errors.New("store: not found")

// LabelOrder is a batch of prepaid shipping labels bought by a seller.
type LabelOrder struct {
	ID          string `gorm:"primaryKey"`
	SellerID    string `gorm:"index"`
	Country     string
	Quantity    int
	ServiceCode string // "STD", "EXP", "LOCKER"
	AmountMinor int64
	Currency    string
	Provider    string // razorpay, xendit, qrpay, stripe
	ProviderRef string `gorm:"index"` // provider order / invoice / charge id
	Status      string // pending, paid, issued, cancelled
	PaidAt      *time.Time
	IssuedAt    *time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

const (
	LabelPending   = "pending"
	LabelPaid      = "paid"
	LabelIssued    = "issued"
	LabelCancelled = "cancelled"
)

// Label is one printable prepaid label.
type Label struct {
	ID           string `gorm:"primaryKey"`
	LabelOrderID string `gorm:"index"`
	TrackingNo   string `gorm:"uniqueIndex"`
	CreatedAt    time.Time
}

// Remittance is cash collected on delivery that is owed to a seller.
type Remittance struct {
	ID            string    `db:"id"`
	SellerID      string    `db:"seller_id"`
	Country       string    `db:"country"`
	AmountMinor   int64     `db:"amount_minor"`
	Currency      string    `db:"currency"`
	FundAccountID string    `db:"fund_account_id"` // RazorpayX fund account (IN)
	BankCode      string    `db:"bank_code"`       // Xendit (ID/PH)
	AccountNo     string    `db:"account_no"`
	AccountName   string    `db:"account_name"`
	Status        string    `db:"status"` // due, sending, sent, failed
	PayoutID      *string   `db:"payout_id"`
	DueOn         time.Time `db:"due_on"`
}

// TopUp is a prepaid credit bought for a locker account.
type TopUp struct {
	ID          string `gorm:"primaryKey"`
	AccountID   string `gorm:"index"`
	AmountMinor int64
	Currency    string
	Provider    string
	ProviderRef string `gorm:"uniqueIndex"`
	Status      string // pending, paid, credited, expired
	Phone       string
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// LockerAccount is the prepaid balance a locker renter spends on rentals.
type LockerAccount struct {
	ID           string `gorm:"primaryKey"`
	Phone        string
	BalanceMinor int64
	AutoTopUp    bool
	EWalletPhone string
	UpdatedAt    time.Time
}

// Seller is an online seller shipping with us.
type Seller struct {
	ID      string `db:"id"`
	Email   string `db:"email"`
	Name    string `db:"name"`
	Country string `db:"country"`
}
