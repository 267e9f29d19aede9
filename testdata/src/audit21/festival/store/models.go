// Package store persists wristbands, top-ups, ledger entries, vendors and
// payouts in Postgres (bun) and ticket orders and provider events in Mongo.
package store

import (
	"errors"
	"time"

	"audit21/festival/platform"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("not found")

// TopUpStatus is the lifecycle of a top-up.
type TopUpStatus string

const (
	TopUpPending TopUpStatus = "pending"
	TopUpPaid    TopUpStatus = "paid"
	TopUpFailed  TopUpStatus = "failed"
)

// Channel says where the money came from.
type Channel string

const (
	ChannelAdyen  Channel = "adyen"
	ChannelMollie Channel = "mollie"
	ChannelBooth  Channel = "booth"
)

// Wristband is an attendee's RFID wristband and its stored balance.
type Wristband struct {
	ID           string `bun:",pk"`
	UID          string
	Email        string
	BalanceCents platform.Cents
}

// TopUp is money loaded onto a wristband.
type TopUp struct {
	ID          string `bun:",pk"`
	WristbandID string
	Channel     Channel
	AmountCents platform.Cents
	Currency    string
	ProviderRef string
	Status      TopUpStatus
	CreatedAt   time.Time
	PaidAt      *time.Time
}

// Vendor is a food truck or bar paid out nightly.
type Vendor struct {
	ID           string `bun:",pk"`
	Name         string
	IBAN         string
	BalanceCents platform.Cents
}

// Payout is one nightly transfer to a vendor.
type Payout struct {
	ID          string `bun:",pk"`
	VendorID    string
	AmountCents platform.Cents
	Status      string
	ProviderRef string
	Attempts    int
	CreatedAt   time.Time
}

// BalanceRefund is the after-event return of unspent credit.
type BalanceRefund struct {
	ID          string `bun:",pk"`
	WristbandID string
	TopUpID     string
	Channel     Channel
	ProviderRef string
	AmountCents platform.Cents
	Status      string
}
