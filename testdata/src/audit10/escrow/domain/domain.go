// Package domain holds the escrow marketplace's core types.
package domain

import (
	"context"
	"errors"
	"time"
)

// MilestoneStatus is the lifecycle of an escrowed milestone.
type MilestoneStatus string

const (
	MilestoneDraft     MilestoneStatus = "draft"
	MilestoneFunding   MilestoneStatus = "funding"
	MilestoneFunded    MilestoneStatus = "funded"
	MilestoneApproved  MilestoneStatus = "approved"
	MilestoneReleasing MilestoneStatus = "releasing"
	MilestoneReleased  MilestoneStatus = "released"
	MilestoneFrozen    MilestoneStatus = "frozen"
	MilestoneRefunded  MilestoneStatus = "refunded"
)

// Rail is how a milestone's funds reach the freelancer.
type Rail string

const (
	RailStripeConnect Rail = "stripe_connect"
	RailPayPal        Rail = "paypal"
	RailLocalBank     Rail = "local_bank"
)

// Milestone is a unit of work whose price is held in escrow.
type Milestone struct {
	ID              string
	ContractID      string
	ClientID        string
	FreelancerID    string
	Title           string
	AmountCents     int64
	Currency        string
	PlatformFeeBps  int64
	Status          MilestoneStatus
	PaymentIntentID string
	PayPalOrderID   string
	Rail            Rail
	PayeeAccount    string
	PayeeEmail      string
	ApprovedAt      *time.Time
	UpdatedAt       time.Time
}

// PayoutAmount is what the freelancer receives after the platform fee.
func (m Milestone) PayoutAmount() int64 {
	return m.AmountCents - m.PlatformFee()
}

// PlatformFee is the marketplace commission on the milestone.
func (m Milestone) PlatformFee() int64 {
	return m.AmountCents * m.PlatformFeeBps / 10000
}

// ErrNotFound is returned by stores for unknown ids.
var ErrNotFound = errors.New("not found")

// ErrConflict is returned when a state transition does not apply.
var ErrConflict = errors.New("state conflict")

// MilestoneStore persists milestones.
type MilestoneStore interface {
	Get(ctx context.Context, id string) (Milestone, error)
	MarkFunded(ctx context.Context, id, providerRef string) error
	MarkReleased(ctx context.Context, id, transferRef string) error
	Freeze(ctx context.Context, id, reason string) error
	MarkRefunded(ctx context.Context, id string) error
	ListApprovedUnpaid(ctx context.Context, olderThan time.Duration, limit int) ([]Milestone, error)
	ClaimForRelease(ctx context.Context, id string) (bool, error)
}

// Ledger records money movements for accounting.
type Ledger interface {
	Append(ctx context.Context, e LedgerEntry) error
}

// LedgerEntry is one line of the platform's books.
type LedgerEntry struct {
	MilestoneID string
	Kind        string
	AmountCents int64
	Currency    string
	ProviderRef string
}

// PayoutRail sends released funds to a freelancer.
type PayoutRail interface {
	Release(ctx context.Context, m Milestone) (string, error)
}

// Notifier tells people what happened.
type Notifier interface {
	FundingConfirmed(ctx context.Context, m Milestone) error
	FundsReleased(ctx context.Context, m Milestone) error
}
