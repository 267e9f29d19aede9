// Package domain holds the marketplace's core types.
package domain

import (
	"errors"
	"time"
)

// Region is where a job happens; it decides currency and rails.
type Region string

const (
	RegionUS Region = "US"
	RegionCA Region = "CA"
	RegionAU Region = "AU"
)

// Currency returns the ISO currency of the region.
func (r Region) Currency() string {
	switch r {
	case RegionCA:
		return "cad"
	case RegionAU:
		return "aud"
	default:
		return "usd"
	}
}

// BookingStatus is the lifecycle of a job.
type BookingStatus string

const (
	BookingRequested   BookingStatus = "requested"
	BookingDepositHeld BookingStatus = "deposit_held"
	BookingConfirmed   BookingStatus = "confirmed"
	BookingCompleted   BookingStatus = "completed"
	BookingPaid        BookingStatus = "paid"
	BookingCancelled   BookingStatus = "cancelled"
	BookingDisputed    BookingStatus = "disputed"
	BookingRefunded    BookingStatus = "refunded"
)

// Booking is a customer's job with a pro.
type Booking struct {
	ID           string
	CustomerID   string
	ProID        string
	Region       Region
	Trade        string // cleaning, plumbing, electrical
	QuoteCents   int64
	DepositCents int64
	Status       BookingStatus
	Provider     string // stripe, braintree, square, paylater
	ProviderRef  string // payment intent id, transaction id, order token
	ScheduledFor time.Time
	CreatedAt    time.Time
}

// Balance is what is left to collect after the deposit.
func (b Booking) Balance() int64 {
	if b.QuoteCents <= b.DepositCents {
		return 0
	}
	return b.QuoteCents - b.DepositCents
}

// Pro is a service professional with a connected payout account.
type Pro struct {
	ID              string
	Name            string
	Email           string
	Region          Region
	StripeAccountID string
	PendingCents    int64
}

// Payout is one weekly settlement to a pro.
type Payout struct {
	ID          string
	ProID       string
	AmountCents int64
	Currency    string
	Status      string
	TransferID  string
	WeekOf      time.Time
	Attempts    int
}

var (
	ErrNotFound     = errors.New("not found")
	ErrConflict     = errors.New("conflict")
	ErrDeclined     = errors.New("payment declined")
	ErrStillPending = errors.New("payment still pending")
)
