// Package booking holds the stay model shared by the payment adapters,
// the workers and the HTTP layer.
package booking

import (
	"context"
	"errors"
	"time"
)

// DepositStatus is the state of a stay's room deposit.
type DepositStatus string

const (
	DepositPending  DepositStatus = "pending"
	DepositHeld     DepositStatus = "held"
	DepositPaid     DepositStatus = "paid"
	DepositRefunded DepositStatus = "refunded"
)

// ErrNotFound is returned by stores when a stay does not exist.
var ErrNotFound = errors.New("booking: not found")

// Stay is one reservation at one of the group's properties.
type Stay struct {
	ID             string
	Ref            string
	PropertyID     string
	GuestID        string
	GuestEmail     string
	GuestPhone     string
	CheckIn        time.Time
	CheckOut       time.Time
	Currency       string
	DepositMinor   int64
	DepositStatus  DepositStatus
	PspReference   string
	PaymentLinkID  string
	StoredCardRef  string
	NoShowFeeMinor int64
	CancelledAt    *time.Time
}

// Stays is the persistence port for stays.
type Stays interface {
	ByRef(ctx context.Context, ref string) (*Stay, error)
	MarkDepositPaid(ctx context.Context, ref, pspReference string) error
	MarkDepositHeld(ctx context.Context, ref, pspReference string) error
}

// Loyalty credits points to a guest's account.
type Loyalty interface {
	Credit(ctx context.Context, guestID string, points int64, reason string) error
}

// PointsFor converts a paid amount in minor units into loyalty points:
// one point per full currency unit.
func PointsFor(amountMinor int64) int64 {
	if amountMinor <= 0 {
		return 0
	}
	return amountMinor / 100
}

// Nights is the length of a stay.
func (s *Stay) Nights() int {
	n := int(s.CheckOut.Sub(s.CheckIn).Hours() / 24)
	if n < 1 {
		return 1
	}
	return n
}
