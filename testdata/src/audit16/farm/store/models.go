// Package store holds the marketplace's persistent state: box orders,
// CSA subscriptions, farmer settlements and the payment ledger.
package store

import "time"

// Order states.
const (
	OrderPending  = "pending"
	OrderPaid     = "paid"
	OrderReleased = "released"
	OrderFailed   = "failed"
)

// BoxOrder is a one-off produce box bought by a buyer.
type BoxOrder struct {
	ID          int64
	Ref         string `gorm:"uniqueIndex"`
	BuyerID     int64
	Phone       string
	Email       string
	Country     string
	Provider    string // mpesa, paystack, flutterwave, stripe
	AmountMinor int64
	Currency    string
	Boxes       int
	Status      string
	ProviderRef string
	ReleasedAt  *time.Time
	CreatedAt   time.Time
}

// Subscription is a weekly CSA box plan paid by a saved card or authorisation.
type Subscription struct {
	ID               int64
	BuyerID          int64
	Email            string
	Provider         string
	AuthCode         string // Paystack authorization_code
	CardToken        string // Flutterwave card token
	PlanAmount       int64
	Currency         string
	BoxesPerCycle    int
	CreditsRemaining int
	NextRenewal      time.Time
	Status           string
}

// Settlement is what the marketplace owes a farmer for one week of produce.
type Settlement struct {
	ID            int64
	FarmerID      int64
	RecipientCode string
	AmountKobo    int64
	Week          string
	Status        string
	TransferCode  string
}

// LedgerEntry is an append-only accounting line.
type LedgerEntry struct {
	OrderRef    string
	Kind        string
	AmountMinor int64
	Currency    string
	ProviderRef string
}
