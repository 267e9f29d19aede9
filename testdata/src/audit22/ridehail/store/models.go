// Package store persists trips, payments, driver wallets and payouts.
package store

import "time"

// Trip states.
const (
	TripRequested = "requested"
	TripCompleted = "completed"
	TripCancelled = "cancelled"
)

// Payment states (ours, not the providers').
const (
	PayPending  = "pending"
	PayPaid     = "paid"
	PayFailed   = "failed"
	PayRefunded = "refunded"
)

// Trip is a ride or a food delivery.
type Trip struct {
	ID        string `gorm:"primaryKey"`
	Kind      string // ride | food
	RiderID   string `gorm:"index"`
	DriverID  string `gorm:"index"`
	Market    string // ID | PH | IN
	Currency  string
	Fare      float64
	PromoUsed float64
	State     string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Payment is one attempt to collect a trip's fare, a tip or a top-up.
type Payment struct {
	ID          string `gorm:"primaryKey"`
	TripID      string `gorm:"index"`
	RiderID     string
	Purpose     string // fare | tip | topup
	Method      string // ovo | gopay | gcash | card | upi
	Provider    string // xendit | midtrans | razorpay | upi
	ProviderRef string `gorm:"index"`
	Currency    string
	Amount      float64
	Status      string
	PaidAt      *time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// DriverWallet holds a driver's unpaid earnings.
type DriverWallet struct {
	DriverID  string `gorm:"primaryKey"`
	Currency  string
	Balance   float64
	UpdatedAt time.Time
}

// LedgerEntry is one movement on a driver wallet.
type LedgerEntry struct {
	ID       uint   `gorm:"primaryKey"`
	DriverID string `gorm:"index"`
	EventID  string `gorm:"uniqueIndex"`
	Kind     string // fare | tip | cashout | adjustment
	Amount   float64
	Currency string
	At       time.Time
}

// Cashout is a driver's daily transfer of earnings.
type Cashout struct {
	ID          string `gorm:"primaryKey"`
	DriverID    string `gorm:"index"`
	Market      string
	Channel     string // ID_OVO, PH_GCASH, bank code, or a RazorpayX fund account
	Account     string
	HolderName  string
	Currency    string
	Amount      float64
	Status      string // queued | sent | completed | failed
	ProviderRef string
	Attempts    int
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// PromoCredit is rider credit granted by marketing.
type PromoCredit struct {
	ID        uint `gorm:"primaryKey"`
	RiderID   string
	Code      string
	Amount    float64
	Currency  string
	ExpiresAt time.Time
}
