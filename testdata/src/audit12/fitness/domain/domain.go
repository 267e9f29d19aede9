// Package domain holds the membership backend's core types and the ports
// the services depend on.
package domain

import (
	"context"
	"errors"
	"time"
)

// PlanKind is the kind of product a member buys.
type PlanKind string

const (
	PlanMonthly   PlanKind = "monthly"
	PlanClassPack PlanKind = "class_pack"
	PlanPT        PlanKind = "personal_training"
)

// InvoiceStatus is the merchant-side state of an invoice.
type InvoiceStatus string

const (
	InvoiceOpen    InvoiceStatus = "open"
	InvoicePending InvoiceStatus = "pending"
	InvoicePaid    InvoiceStatus = "paid"
	InvoiceFailed  InvoiceStatus = "failed"
	InvoiceVoid    InvoiceStatus = "void"
)

// Member is a gym member.
type Member struct {
	ID               string
	ClubID           string
	Email            string
	StripeCustomerID string
	BraintreeToken   string
	PaymentMethodID  string
	Country          string
}

// Membership is a member's running plan.
type Membership struct {
	ID           string
	MemberID     string
	Kind         PlanKind
	PaidThrough  time.Time
	ClassesLeft  int
	SessionsLeft int
	Frozen       bool
}

// Invoice is one amount due by a member or a corporate customer.
type Invoice struct {
	ID          string
	MemberID    string
	CompanyID   string
	AmountCents int64
	Currency    string
	Status      InvoiceStatus
	Provider    string
	ProviderRef string
	Attempts    int
	NextAttempt time.Time
}

// Sale is an in-club terminal sale (towels, shakes, day passes).
type Sale struct {
	Ref         string
	AmountCents int64
	Currency    string
}

var (
	ErrDeclined     = errors.New("payment declined")
	ErrNotFound     = errors.New("not found")
	ErrStillPending = errors.New("payment still pending")
)

// MembershipStore persists memberships.
type MembershipStore interface {
	Get(ctx context.Context, id string) (*Membership, error)
	Activate(ctx context.Context, id string, through time.Time) error
	AddClasses(ctx context.Context, id string, n int) error
	AddSessions(ctx context.Context, id string, n int) error
	SetFrozen(ctx context.Context, id string, frozen bool) error
}

// InvoiceStore persists invoices.
type InvoiceStore interface {
	Get(ctx context.Context, id string) (*Invoice, error)
	MarkPaid(ctx context.Context, id, providerRef string) error
	MarkFailed(ctx context.Context, id, reason string) error
	DueForRetry(ctx context.Context, provider string, limit int) ([]Invoice, error)
	ScheduleRetry(ctx context.Context, id string, at time.Time) error
}

// EventLog records processed webhook deliveries.
type EventLog interface {
	// Claim records the event id and reports false when it was seen before.
	Claim(ctx context.Context, provider, eventID string) (bool, error)
}

// Notifier sends push notifications to a member's phone.
type Notifier interface {
	Push(ctx context.Context, memberID, title, body string) error
}

// Charger charges a member's stored payment method.
type Charger interface {
	ChargeStored(ctx context.Context, m Member, inv Invoice) (providerRef string, err error)
}
