// Package domain holds the core types of the earned-wage-access platform.
package domain

import (
	"context"
	"errors"
	"time"
)

// Withdrawal statuses.
const (
	WithdrawalRequested = "requested"
	WithdrawalSent      = "sent"
	WithdrawalSettled   = "settled"
	WithdrawalFailed    = "failed"
)

// Rails a worker can withdraw on.
const (
	RailCard      = "card"
	RailUSDC      = "usdc"
	RailLightning = "lightning"
	RailBank      = "bank"
)

// ErrNotFound is returned by stores for a missing row.
var ErrNotFound = errors.New("not found")

// Employer is a company that funds payroll on the platform.
type Employer struct {
	ID                string
	Name              string
	Country           string
	StripeCustomer    string
	GoCardlessMandate string
	FloatBalance      int64
}

// Worker is an employee who can draw earned wages before payday.
type Worker struct {
	ID          string
	EmployerID  string
	Phone       string
	Email       string
	CardToken   string
	WalletAddr  string
	BankAccount string
}

// Withdrawal is an early draw of earned wages.
type Withdrawal struct {
	ID          string
	WorkerID    string
	AmountMinor int64
	Currency    string
	Rail        string
	Status      string
	ProviderRef string
	CreatedAt   time.Time
}

// Advance is the amount a worker owes back on payday.
type Advance struct {
	ID          string
	WorkerID    string
	EmployerID  string
	AmountMinor int64
	DueOn       time.Time
	Attempts    int
	Status      string
}

// PayrollRun is one funding cycle of an employer.
type PayrollRun struct {
	ID          string
	EmployerID  string
	AmountMinor int64
	Currency    string
	Status      string
	PaymentRef  string
}

// Invoice is a platform fee invoice shown in the employer portal.
type Invoice struct {
	ID          string
	EmployerID  string
	AmountMinor int64
	Currency    string
	Status      string
	SessionID   string
}

// WithdrawalStore persists withdrawals.
type WithdrawalStore interface {
	Get(ctx context.Context, id string) (*Withdrawal, error)
	Pending(ctx context.Context, rail string, limit int) ([]Withdrawal, error)
	MarkSent(ctx context.Context, id, providerRef string) error
	MarkSettled(ctx context.Context, id string) error
	MarkFailed(ctx context.Context, id, reason string) error
}

// Notifier tells workers about their money.
type Notifier interface {
	SendSMS(ctx context.Context, phone, text string) error
}

// Transfer is a bank-as-a-service money movement.
type Transfer struct {
	ID        string `json:"id"`
	Status    string `json:"status"`
	Amount    int64  `json:"amount"`
	Reference string `json:"reference"`
}

// Debitor pulls a repayment from a worker's bank account.
type Debitor interface {
	CreateDebit(ctx context.Context, adv Advance) (*Transfer, error)
}
