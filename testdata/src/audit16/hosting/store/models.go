// Package store holds the hosting backend's persistence: accounts,
// subscriptions and usage in Postgres through GORM, webhook events and
// top-ups through bun, and a few Redis helpers.
package store

import "time"

// Account is a customer account with prepaid credit.
type Account struct {
	ID             string `gorm:"primaryKey"`
	Email          string
	StripeCustomer string
	DefaultPM      string
	CreditCents    int64
	// Collecting is set while a charge for a negative balance is open;
	// ops clear it after reviewing an unsettled collection.
	Collecting bool
}

// Subscription is a monthly plan attached to one server.
type Subscription struct {
	ID            string `gorm:"primaryKey"`
	AccountID     string
	ServerID      string
	Plan          string
	StripeInvoice string
	Status        string // active, past_due, suspended
	PaidThrough   time.Time
}

// UsageRow is metered overage (bandwidth, extra vCPU hours) not yet billed.
type UsageRow struct {
	ID              int64 `gorm:"primaryKey"`
	AccountID       string
	Cents           int64
	Metric          string
	BilledAt        *time.Time
	PaymentIntentID string
}

// TopUp is a prepaid credit purchase paid over Lightning or USDC.
type TopUp struct {
	ID          string
	AccountID   string
	Method      string // lightning, usdc
	PaymentHash string
	TxHash      string
	Cents       int64
	Status      string // pending, settled, expired
	CreatedAt   time.Time
}

// Server is a provisioned VPS or game server.
type Server struct {
	ID        string `gorm:"primaryKey"`
	AccountID string
	Region    string
	Hostname  string
	State     string
}
