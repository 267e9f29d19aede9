// Package store is the persistence layer: Postgres (pgx) for memberships
// and purchases, bun for the payout ledger, Mongo for live tips and
// webhook receipts, Redis for short-lived dedupe keys.
package store

import "time"

// MembershipStatus is where a fan's membership stands.
type MembershipStatus string

const (
	MembershipPending  MembershipStatus = "pending"
	MembershipActive   MembershipStatus = "active"
	MembershipPastDue  MembershipStatus = "past_due"
	MembershipCanceled MembershipStatus = "canceled"
)

// Membership is a fan subscribed to one tier of one creator.
type Membership struct {
	ID            string
	FanID         string
	CreatorID     string
	TierID        string
	Provider      string // stripe, paddle
	ProviderSubID string
	Status        MembershipStatus
	PaidThrough   time.Time
}

// Tier is a creator's membership level.
type Tier struct {
	ID            string
	CreatorID     string
	Name          string
	PriceCents    int64
	Currency      string
	StripePriceID string
	PaddlePriceID string
}

// PurchaseStatus is the state of a one-off download purchase.
type PurchaseStatus string

const (
	PurchasePending  PurchaseStatus = "pending"
	PurchasePaid     PurchaseStatus = "paid"
	PurchaseRefunded PurchaseStatus = "refunded"
)

// Purchase is a fan buying one digital download.
type Purchase struct {
	ID          string
	FanID       string
	FanEmail    string
	CreatorID   string
	ProductID   string
	AmountCents int64
	Currency    string
	Provider    string // stripe, lemon, paypal
	ProviderRef string
	Status      PurchaseStatus
}

// Tip is money sent to a creator during a live stream.
type Tip struct {
	ID              string    `bson:"_id"`
	StreamID        string    `bson:"stream_id"`
	CreatorID       string    `bson:"creator_id"`
	FanID           string    `bson:"fan_id"`
	Customer        string    `bson:"customer"`
	PaymentMethod   string    `bson:"payment_method"`
	AmountCents     int64     `bson:"amount_cents"`
	Currency        string    `bson:"currency"`
	Message         string    `bson:"message"`
	PaymentIntentID string    `bson:"payment_intent_id"`
	Status          string    `bson:"status"`
	CreatedAt       time.Time `bson:"created_at"`
}

// PayoutRail is how a creator gets paid.
type PayoutRail string

const (
	RailStripe PayoutRail = "stripe"
	RailPayPal PayoutRail = "paypal"
	RailUSDC   PayoutRail = "usdc"
)

// Payout is one monthly payout to one creator.
type Payout struct {
	ID            string     `bun:"id,pk"`
	CreatorID     string     `bun:"creator_id"`
	Rail          PayoutRail `bun:"rail"`
	AmountCents   int64      `bun:"amount_cents"`
	Currency      string     `bun:"currency"`
	StripeAccount string     `bun:"stripe_account"`
	PayPalEmail   string     `bun:"paypal_email"`
	Wallet        string     `bun:"wallet"`
	ExternalRef   string     `bun:"external_ref"`
	Status        string     `bun:"status"`
	Period        string     `bun:"period"`
}
