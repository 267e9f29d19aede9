// Package store holds the coworking backend's models and their persistence.
package store

import "time"

// BookingStatus is the lifecycle of a desk or meeting-room booking.
type BookingStatus string

const (
	BookingPending   BookingStatus = "pending"
	BookingConfirmed BookingStatus = "confirmed"
	BookingCancelled BookingStatus = "cancelled"
	BookingRefunded  BookingStatus = "refunded"
	BookingNoShow    BookingStatus = "no_show"
)

// Booking is a desk or room reservation paid by card.
type Booking struct {
	ID              string
	MemberID        string
	SpaceID         string
	Kind            string // "desk" or "room"
	StartsAt        time.Time
	EndsAt          time.Time
	AmountCents     int64
	Currency        string
	PaymentIntentID string
	IntentKey       string
	HoldForNoShow   bool
	Status          BookingStatus
	UpdatedAt       time.Time
}

// Membership is a monthly plan billed through a GoCardless mandate.
type Membership struct {
	ID          string
	MemberID    string
	Plan        string
	MandateID   string
	PriceCents  int
	Status      string
	PaidThrough time.Time
	ReferredBy  string
}

// DayPass is a one-day entry bought through PayPal.
type DayPass struct {
	ID            string
	Email         string
	ReferrerID    string
	PayPalOrderID string
	Day           time.Time
	Status        string
}

// CorporateInvoice is an invoice collected from a company account through
// the bank's instant-payment API.
type CorporateInvoice struct {
	Number       string
	CompanyID    string
	IBAN         string
	AmountCents  int64
	Currency     string
	TransferID   string
	Status       string
	DueAt        time.Time
	RefundedCent int64
}
