// Package domain holds the car-rental platform's shared types and the
// ports implemented by the provider and storage packages.
package domain

import (
	"context"
	"errors"
	"time"
)

// RentalStatus is the lifecycle state of a rental agreement.
type RentalStatus string

const (
	RentalReserved RentalStatus = "reserved"
	RentalOnRoad   RentalStatus = "on_road"
	RentalReturned RentalStatus = "returned"
	RentalClosed   RentalStatus = "closed"
)

// Rental is one rental agreement, from pick-up to return.
type Rental struct {
	ID             string
	CustomerID     string
	StripeCustomer string
	PaymentMethod  string
	Market         string // "US", "EU", "LATAM"
	Currency       string
	DepositCents   int64
	DepositRef     string // PaymentIntent or Braintree transaction id
	DepositVia     string // "stripe" or "braintree"
	PickupBranch   string
	ReturnBranch   string
	Status         RentalStatus
	PickedUpAt     time.Time
	ReturnedAt     time.Time
}

// OneWay reports whether the car is dropped at another branch.
func (r *Rental) OneWay() bool { return r.PickupBranch != r.ReturnBranch }

// ChargeRequest is an off-session charge to a customer's saved card.
type ChargeRequest struct {
	Customer       string
	PaymentMethod  string
	AmountCents    int64
	Currency       string
	Description    string
	Reference      string
	IdempotencyKey string
}

// Charger charges saved cards. Implemented by stripepay.Client.
type Charger interface {
	Charge(ctx context.Context, req ChargeRequest) (string, error)
}

// Mailer sends transactional email to customers.
type Mailer interface {
	SendReceipt(ctx context.Context, to, subject, body string) error
}

// BookingConfirmer confirms a prepaid reservation.
type BookingConfirmer interface {
	ConfirmBooking(ctx context.Context, bookingID string) error
}

// EventLog records provider events that were processed.
type EventLog interface {
	// Record stores the event id and reports whether it was new.
	Record(ctx context.Context, provider, eventID string) (bool, error)
}

// Jobs enqueues background work.
type Jobs interface {
	Enqueue(ctx context.Context, kind string, payload any) error
}

var (
	ErrNotFound = errors.New("not found")
	ErrDeclined = errors.New("payment declined")
)
