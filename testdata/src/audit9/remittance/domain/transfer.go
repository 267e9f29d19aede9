// Package domain holds the money-transfer model shared by the services.
package domain

import (
	"context"
	"errors"
	"time"
)

// Status is the lifecycle state of a customer transfer.
type Status string

const (
	StatusQuoted        Status = "quoted"
	StatusAwaitingFunds Status = "awaiting_funds"
	StatusFunded        Status = "funded"
	StatusPayingOut     Status = "paying_out"
	StatusPayoutSent    Status = "payout_sent"
	StatusCompleted     Status = "completed"
	StatusFailed        Status = "failed"
	StatusRefunded      Status = "refunded"
)

// Rail is the payout network used to deliver the money.
type Rail string

const (
	RailBank        Rail = "bank"
	RailMobileMoney Rail = "mobile_money"
	RailUSDC        Rail = "usdc"
)

// FundingMethod is how the sender pays us.
type FundingMethod string

const (
	FundingCard      FundingMethod = "card"
	FundingBankDebit FundingMethod = "bank_debit"
)

// Transfer is one cross-border remittance.
type Transfer struct {
	ID               string
	CustomerID       string
	QuoteID          string
	SourceCurrency   string
	TargetCurrency   string
	SourceAmount     int64 // minor units
	TargetAmount     int64 // minor units
	Rate             float64
	Rail             Rail
	Funding          FundingMethod
	RecipientID      string
	RecipientPhone   string
	RecipientWallet  string
	Status           Status
	FundingPaymentID string
	PayoutRef        string
	CreatedAt        time.Time
	UpdatedAt        time.Time
}

// Terminal reports whether no further state change is expected.
func (t *Transfer) Terminal() bool {
	switch t.Status {
	case StatusCompleted, StatusFailed, StatusRefunded:
		return true
	}
	return false
}

var (
	ErrNotFound      = errors.New("transfer not found")
	ErrPayoutFailed  = errors.New("payout failed")
	ErrStillPending  = errors.New("payout still pending")
	ErrInvalidAmount = errors.New("invalid amount")
)

// TransferStore persists transfers.
type TransferStore interface {
	Get(ctx context.Context, id string) (*Transfer, error)
	MarkFunded(ctx context.Context, id, paymentID string) error
	MarkFundedIfAwaiting(ctx context.Context, id, paymentID string) (bool, error)
	ClaimForPayout(ctx context.Context, id string) (bool, error)
	MarkPayoutSent(ctx context.Context, id, ref string) error
	MarkCompleted(ctx context.Context, id string) error
	MarkFailed(ctx context.Context, id, reason string) error
	ListByStatus(ctx context.Context, status Status, limit int) ([]Transfer, error)
	FindByPayoutRef(ctx context.Context, ref string) (*Transfer, error)
}

// PayoutRail delivers a funded transfer to its recipient.
type PayoutRail interface {
	Send(ctx context.Context, t *Transfer) (ref string, err error)
}

// Notifier tells the sender and recipient what happened.
type Notifier interface {
	TransferFunded(ctx context.Context, t *Transfer) error
	PayoutDelivered(ctx context.Context, t *Transfer) error
}

// PayoutQueue hands funded transfers to the payout worker.
type PayoutQueue interface {
	Enqueue(ctx context.Context, transferID string) error
}
