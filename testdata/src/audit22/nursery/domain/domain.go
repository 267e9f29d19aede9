// Package domain holds the nursery billing model shared by every package.
package domain

import "time"

// Currency codes we bill in: GBP for the English and Scottish sites, EUR for Ireland.
const (
	GBP = "GBP"
	EUR = "EUR"
)

// Family is the bill payer for one or more children.
type Family struct {
	ID               string
	Email            string
	Name             string
	StripeCustomerID string
	DefaultCardPM    string // saved card for extras (SetupIntent)
	MandateID        string // GoCardless mandate for monthly fees
	Currency         string
}

// Child is enrolled at one nursery.
type Child struct {
	ID         string
	FamilyID   string
	NurseryID  string
	FirstName  string
	StartedOn  time.Time
	LeavingOn  *time.Time
	FundedHrs  int // government-funded hours per week
	SessionFee int64
}

// InvoiceStatus is our own lifecycle of a monthly fees invoice.
type InvoiceStatus string

const (
	InvoiceDraft      InvoiceStatus = "draft"
	InvoicePending    InvoiceStatus = "pending"
	InvoiceSubmitted  InvoiceStatus = "submitted"
	InvoicePaid       InvoiceStatus = "paid"
	InvoiceFailed     InvoiceStatus = "failed"
	InvoiceCredited   InvoiceStatus = "credited"
	InvoiceWrittenOff InvoiceStatus = "written_off"
)

// Invoice is one month's fees for a family, less funded hours.
type Invoice struct {
	ID          string        `db:"id"`
	FamilyID    string        `db:"family_id"`
	Period      string        `db:"period"` // 2026-12
	AmountMinor int64         `db:"amount_minor"`
	Currency    string        `db:"currency"`
	Status      InvoiceStatus `db:"status"`
	MandateID   string        `db:"mandate_id"`
	ProviderRef string        `db:"provider_ref"`
	Attempts    int           `db:"attempts"`
}

// ExtraKind is an ad-hoc charge.
type ExtraKind string

const (
	ExtraLatePickup ExtraKind = "late_pickup"
	ExtraTrip       ExtraKind = "trip"
	ExtraNappies    ExtraKind = "nappies"
	ExtraMeals      ExtraKind = "meals"
)

// Extra is an ad-hoc charge to the family's saved card.
type Extra struct {
	ID          string    `json:"id" db:"id"`
	FamilyID    string    `json:"family_id" db:"family_id"`
	ChildID     string    `json:"child_id" db:"child_id"`
	Kind        ExtraKind `json:"kind" db:"kind"`
	AmountMinor int64     `json:"amount_minor" db:"amount_minor"`
	Currency    string    `json:"currency" db:"currency"`
	Status      string    `json:"status" db:"status"`
	PaymentRef  string    `json:"payment_ref" db:"payment_ref"`
}

// Deposit is the registration deposit taken by card when a place is offered.
type Deposit struct {
	ID          string
	ChildID     string
	FamilyID    string
	AmountMinor int64
	Currency    string
	SessionID   string
	Status      string
}

// Booking is a place on a nursery trip.
type Booking struct {
	ID        string
	TripID    string
	ChildID   string
	Status    string
	PaymentID string
}

// Leaver describes a child leaving, with the refund owed on pre-paid fees.
type Leaver struct {
	ChildID        string `json:"child_id"`
	FamilyID       string `json:"family_id"`
	GCPaymentID    string `json:"gc_payment_id"`
	RefundMinor    int    `json:"refund_minor"`
	StripeIntentID string `json:"stripe_intent_id"`
	DepositMinor   int64  `json:"deposit_minor"`
}
