// Package hooks receives the payment providers' notifications.
package hooks

import (
	"context"

	"audit19/marina/store"
)

// BookingStore is what the hooks need from the booking repository.
type BookingStore interface {
	Get(ctx context.Context, id string) (*store.Booking, error)
	MarkPaid(ctx context.Context, id, providerRef string) error
	ConfirmPending(ctx context.Context, id, providerRef string) (bool, error)
	SetDepositHold(ctx context.Context, id, intentID, state string) error
	MarkRefunded(ctx context.Context, id string) error
	RecordLedger(ctx context.Context, bookingID string, cents int64, source string) error
}

// EarningsAccruer credits charter owners with their share of a booking.
type EarningsAccruer interface {
	Accrue(ctx context.Context, ownerID, bookingID string, paidCents int64) error
}

// Tasks hands slow follow-up work to the background workers.
type Tasks interface {
	SendGateCode(ctx context.Context, bookingID string) error
}
