// Package billing holds the domain types shared by the utility billing
// backend: monthly electricity and water bills, customer accounts and
// prepaid meter top-ups.
package billing

import (
	"context"
	"errors"
	"time"
)

// BillStatus is the collection state of a monthly bill.
type BillStatus string

const (
	BillOpen       BillStatus = "open"
	BillCollecting BillStatus = "collecting"
	BillPaid       BillStatus = "paid"
	BillFailed     BillStatus = "failed"
)

// Channel is how a bill is collected.
type Channel string

const (
	ChannelDirectDebit Channel = "direct_debit"
	ChannelCard        Channel = "card"
	ChannelUPI         Channel = "upi"
)

// Bill is one monthly bill of a supply account.
type Bill struct {
	ID           string
	AccountID    string
	Period       string // "2026-11"
	AmountMinor  int64
	Currency     string
	DueDate      time.Time
	Status       BillStatus
	Channel      Channel
	MandateID    string
	ProviderRef  string
	LateFeeMinor int64
	DunningStage int
}

// Total is the amount due including any late fee.
func (b Bill) Total() int64 { return b.AmountMinor + b.LateFeeMinor }

// Account is a supply account (one premises, one or more meters).
type Account struct {
	ID          string
	Name        string
	Email       string
	Phone       string
	Paperless   bool
	CreditMinor int64
}

// TopUp is a prepaid smart-meter credit purchase.
type TopUp struct {
	ID          string
	MeterID     string
	AccountID   string
	MSISDN      string
	AmountMinor int64
	Currency    string
	ProviderRef string
	Status      string
	Token       string
	CreatedAt   time.Time
}

var ErrNotFound = errors.New("billing: not found")

// BillStore persists bills.
type BillStore interface {
	Get(ctx context.Context, id string) (*Bill, error)
	MarkPaid(ctx context.Context, id, providerRef string) error
	MarkFailed(ctx context.Context, id, reason string) error
	SetProviderRef(ctx context.Context, id, ref string) error
}

// Accounts looks up supply accounts.
type Accounts interface {
	Account(ctx context.Context, id string) (*Account, error)
}

// Notifier sends customer messages.
type Notifier interface {
	SendSMS(ctx context.Context, phone, text string) error
	SendEmail(ctx context.Context, to, subject, body string) error
}

// EventLog records provider event ids; Claim reports whether the id was
// seen for the first time.
type EventLog interface {
	Claim(ctx context.Context, provider, eventID string) (bool, error)
}
