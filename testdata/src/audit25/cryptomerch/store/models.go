// Package store persists orders, pre-orders, payouts and loyalty balances.
package store

import "time"

// Order statuses.
const (
	OrderPending   = "pending"
	OrderPaid      = "paid"
	OrderRefunded  = "refunded"
	OrderCancelled = "cancelled"
)

// Order is one checkout of a drop.
type Order struct {
	ID          string `gorm:"primaryKey"`
	DropID      string `gorm:"index"`
	BuyerID     string
	Email       string
	Quantity    int
	AmountCents int64
	Currency    string
	Rail        string // card, crypto
	SessionID   string `gorm:"index"` // stripe checkout session
	ChargeCode  string `gorm:"index"` // commerce charge
	Status      string `gorm:"index"`
	Fulfilled   bool
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// Drop is a limited release.
type Drop struct {
	ID        string `gorm:"primaryKey"`
	CreatorID string
	Title     string
	PriceID   string
	Remaining int
}

// Preorder reserves a future item against a deposit.
type Preorder struct {
	ID            string `gorm:"primaryKey"`
	DropID        string
	BuyerID       string
	DepositCents  int64
	DepositStatus string
	ChargeCode    string
	PaymentIntent string
	CreatedAt     time.Time
}

// Payout statuses.
const (
	PayoutPending = "pending"
	PayoutSending = "sending"
	PayoutSent    = "sent"
	PayoutFailed  = "failed"
)

// Payout is money owed to a creator.
type Payout struct {
	ID          string `gorm:"primaryKey"`
	CreatorID   string `gorm:"index"`
	Wallet      string
	BankRef     string
	AmountUnits int64 // USDC, 6 decimals
	Rail        string
	Nonce       *uint64
	TxHash      string
	Status      string `gorm:"index"`
	Attempts    int
	UpdatedAt   time.Time
}

// Shipment is a parcel sent to a buyer.
type Shipment struct {
	ID       string `gorm:"primaryKey"`
	OrderID  string
	Carrier  string
	Tracking string
	State    string
}
