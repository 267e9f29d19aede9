// Package bookings: bookings of event tickets. A paid checkout confirms
// the booking and takes its tickets off the event.
package bookings

import (
	"strconv"

	"ticketbooking/event"
)

// Booking is a customer's order of tickets for an event.
type Booking struct {
	ID       uint
	EventID  uint
	Quantity int
	Status   string
}

// Repository stores bookings.
type Repository interface {
	GetByID(id uint) (*Booking, error)
	Update(b *Booking) error
}

type service struct {
	bookingRepo Repository
	eventRepo   event.Repository
}

// NewService returns the booking service.
func NewService(b Repository, e event.Repository) *service {
	return &service{bookingRepo: b, eventRepo: e}
}

// HandlePaymentSuccess confirms the booking and takes its tickets off
// the event on every call: a redelivered event sells the seats again.
func (s *service) HandlePaymentSuccess(bookingID string) error {
	id, err := strconv.ParseUint(bookingID, 10, 32)
	if err != nil {
		return err
	}
	booking, err := s.bookingRepo.GetByID(uint(id))
	if err != nil {
		return err
	}
	booking.Status = "confirmed"
	ev, err := s.eventRepo.GetEventByID(booking.EventID)
	if err != nil {
		return err
	}
	ev.AvailableTickets -= booking.Quantity
	if err := s.eventRepo.Update(ev); err != nil {
		return err
	}
	return s.bookingRepo.Update(booking)
}
