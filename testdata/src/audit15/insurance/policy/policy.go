// Package policy holds the insurer's core types and the ports the
// payment side talks to.
package policy

import (
	"context"
	"time"
)

// Status of a policy.
type Status string

const (
	StatusQuoted    Status = "quoted"
	StatusActive    Status = "active"
	StatusLapsed    Status = "lapsed"
	StatusCancelled Status = "cancelled"
)

// Channel says how a policyholder pays premiums.
type Channel string

const (
	ChannelCard        Channel = "card"         // braintree
	ChannelDirectDebit Channel = "direct_debit" // gocardless
	ChannelMercadoPago Channel = "mercadopago"
	ChannelMidtrans    Channel = "midtrans"
)

// Policy is an insurance policy.
type Policy struct {
	ID           string     `db:"id" gorm:"primaryKey"`
	HolderID     string     `db:"holder_id"`
	Product      string     `db:"product"`
	Status       Status     `db:"status"`
	Channel      Channel    `db:"channel"`
	MandateID    string     `db:"mandate_id"`
	PremiumMinor int64      `db:"premium_minor"`
	Currency     string     `db:"currency"`
	PaidThrough  time.Time  `db:"paid_through"`
	CancelledAt  *time.Time `db:"cancelled_at"`
}

// Premium is one premium instalment.
type Premium struct {
	ID          string `db:"id"`
	PolicyID    string `db:"policy_id"`
	Period      string `db:"period"` // 2026-12
	AmountMinor int64  `db:"amount_minor"`
	ProviderRef string `db:"provider_ref"`
	State       string `db:"state"` // due, pending, paid, failed, refunded
}

// Claim is a settled claim owed to the policyholder.
type Claim struct {
	ID           string `gorm:"primaryKey"`
	PolicyID     string
	HolderName   string
	IBAN         string
	AmountMinor  int64
	Currency     string
	TransferRef  string
	PayoutStatus string // none, submitted, settled, returned
}

// Activator turns a paid policy on.
type Activator interface {
	Activate(ctx context.Context, policyID string, paidRef string) error
}

// CoverExtender pushes a policy's paid-through date forward by one
// billing period once a premium is collected.
type CoverExtender interface {
	ExtendCover(ctx context.Context, policyID string) error
}

// Notifier sends short messages to policyholders.
type Notifier interface {
	Send(ctx context.Context, holderID, text string) error
}
