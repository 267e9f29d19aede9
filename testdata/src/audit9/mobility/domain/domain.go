// Package domain holds the shared types of the mobility backend: rides,
// parking sessions, fines and wallet top-ups, and the ports the services
// depend on.
package domain

import (
	"context"
	"errors"
	"time"
)

// ErrNotFound is returned by stores when a row does not exist.
var ErrNotFound = errors.New("not found")

// RideStatus is the lifecycle of a scooter ride.
type RideStatus string

const (
	RideRequested  RideStatus = "requested"
	RideAuthorized RideStatus = "authorized"
	RideActive     RideStatus = "active"
	RideCaptured   RideStatus = "captured"
	RideReleased   RideStatus = "released"
	RideRefunded   RideStatus = "refunded"
)

// Ride is one scooter ride. The card is pre-authorized at unlock and the
// hold is captured (or released) when the ride ends.
type Ride struct {
	ID          string
	RiderID     string
	VehicleID   string
	Region      string // "eu" rides go through Adyen, "us" through Stripe
	Provider    string
	PreauthRef  string // Adyen pspReference or Stripe PaymentIntent id
	HoldCents   int64
	FareCents   int64
	Currency    string
	Status      RideStatus
	CustomerID  string
	PaymentMeth string
	StartedAt   time.Time
}

// ParkingStatus is the state of a parking session payment.
type ParkingStatus string

const (
	ParkingOpen     ParkingStatus = "open"
	ParkingPending  ParkingStatus = "pending"
	ParkingPaid     ParkingStatus = "paid"
	ParkingRejected ParkingStatus = "rejected"
)

// ParkingSession is a paid parking slot in a city zone.
type ParkingSession struct {
	ID          string `bson:"_id"`
	Country     string `bson:"country"`
	Zone        string `bson:"zone"`
	Plate       string `bson:"plate"`
	RiderEmail  string `bson:"rider_email"`
	AmountCents int64  `bson:"amount_cents"`
	Currency    string `bson:"currency"`
	ProviderRef string `bson:"provider_ref"`
	Status      ParkingStatus
}

// Fine is a toll or parking fine forwarded by a city that we recharge to
// the rider's saved card.
type Fine struct {
	ID              string `db:"id"`
	RiderID         string `db:"rider_id"`
	CustomerID      string `db:"customer_id"`
	PaymentMethodID string `db:"payment_method_id"`
	AmountCents     int64  `db:"amount_cents"`
	Currency        string `db:"currency"`
	Status          string `db:"status"`
	IntentID        string `db:"intent_id"`
}

// TopUp is a wallet top-up; BonusCents of ride credit are granted on top.
type TopUp struct {
	ID          string
	WalletID    string
	AmountCents int64
	BonusCents  int64
	IntentID    string
	Status      string
}

// RideStore persists rides.
type RideStore interface {
	Get(ctx context.Context, id string) (*Ride, error)
	Create(ctx context.Context, r *Ride) error
	SetStatus(ctx context.Context, id string, st RideStatus) error
	SetPreauth(ctx context.Context, id, provider, ref string) error
	MarkAuthorized(ctx context.Context, ref string) error
}

// ParkingStore persists parking sessions.
type ParkingStore interface {
	Get(ctx context.Context, id string) (*ParkingSession, error)
	SetProviderRef(ctx context.Context, id, ref string) error
	MarkPaid(ctx context.Context, id string) error
	MarkRejected(ctx context.Context, id string) error
}

// FineStore persists fines.
type FineStore interface {
	Pending(ctx context.Context, limit int) ([]Fine, error)
	Processing(ctx context.Context) ([]Fine, error)
	SetIntent(ctx context.Context, id, intentID string) error
	MarkPaid(ctx context.Context, id string) error
	MarkFailed(ctx context.Context, id, reason string) error
}

// EventLog records provider events that were already handled.
type EventLog interface {
	Claim(ctx context.Context, provider, eventID string) (bool, error)
}

// Mailer sends e-mails to riders.
type Mailer interface {
	SendReceipt(ctx context.Context, to, subject, body string) error
}

// Jobs is the background job queue.
type Jobs interface {
	Enqueue(ctx context.Context, kind string, payload map[string]string) error
}
