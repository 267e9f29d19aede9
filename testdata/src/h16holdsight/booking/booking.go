// Package booking holds a class booking's deposit logic.
package booking

import (
	"context"
	"errors"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"h16holdsight/store"
)

// Service books classes.
type Service struct{ store *store.Bookings }

// New returns the service.
func New(s *store.Bookings) *Service { return &Service{store: s} }

// Hold records the card hold of a booking.
func (s *Service) Hold(ctx context.Context, id string) error {
	if err := s.store.SetPaymentStatus(ctx, id, "requires_capture"); err != nil {
		return err
	}
	return nil
}

// HoldIfCapturable records the hold only once Stripe says it is capturable.
func (s *Service) HoldIfCapturable(ctx context.Context, id, pi string) error {
	p, err := paymentintent.Get(pi, nil)
	if err != nil {
		return err
	}
	if p.Status != stripe.PaymentIntentStatusRequiresCapture {
		return errors.New("card not authorised")
	}
	return s.store.SetPaymentStatus(ctx, id, "requires_capture")
}
