// Package flow runs pay-later bookings: it hands the provider the URL to
// send the customer back to, and confirms the slot.
package flow

import (
	"context"
	"log/slog"
)

// Bookings is the slice of the booking store the flow needs.
type Bookings interface {
	SetStatus(ctx context.Context, id string, status string) error
}

// Flow confirms pay-later bookings.
type Flow struct {
	bookings Bookings
	log      *slog.Logger
}

// New builds the flow.
func New(bookings Bookings, log *slog.Logger) *Flow { return &Flow{bookings: bookings, log: log} }

// Confirm confirms the booking's slot: the pro sees it in the schedule.
func (f *Flow) Confirm(ctx context.Context, bookingID string) error {
	if err := f.bookings.SetStatus(ctx, bookingID, "confirmed"); err != nil {
		return err
	}
	f.log.Info("booking confirmed", "booking", bookingID)
	return nil
}
