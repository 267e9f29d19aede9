// Package rides runs the scooter ride lifecycle: a card hold at unlock,
// captured or released when the ride ends.
package rides

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"

	stripe "github.com/stripe/stripe-go/v82"

	"audit9/mobility/domain"
)

// AdyenHolds is the EU pre-authorization provider.
type AdyenHolds interface {
	Preauth(ctx context.Context, rideID string, cents int64, currency string) (pspRef, resultCode string, err error)
	Capture(ctx context.Context, pspRef, rideID string, fareCents int64, currency string) error
	Refund(ctx context.Context, pspRef, rideID string, cents int64, currency string) error
	Details(ctx context.Context, redirectResult string) (pspRef, resultCode string, err error)
}

// StripeHolds is the US pre-authorization provider.
type StripeHolds interface {
	Authorize(ctx context.Context, rideID, customer, pm string, cents int64, currency string) (*stripe.PaymentIntent, error)
	WaitAuthorized(ctx context.Context, piID string) error
	CaptureRide(ctx context.Context, piID, rideID string, fareCents int64) error
	Release(ctx context.Context, piID string) error
	RefundFailedUnlock(ctx context.Context, piID, rideID string, cents int64) error
}

// Locks sends unlock commands to the vehicle.
type Locks interface {
	Unlock(ctx context.Context, vehicleID string) error
}

// Service is the ride use case.
type Service struct {
	store  domain.RideStore
	adyen  AdyenHolds
	stripe StripeHolds
	locks  Locks
}

// NewService wires the ride service.
func NewService(store domain.RideStore, a AdyenHolds, s StripeHolds, l Locks) *Service {
	return &Service{store: store, adyen: a, stripe: s, locks: l}
}

// ErrNeeds3DS tells the app to run the issuer challenge before unlocking.
var ErrNeeds3DS = errors.New("rides: 3-D Secure required")

// Unlock places the hold and unlocks the scooter.
func (s *Service) Unlock(ctx context.Context, rideID string) error {
	r, err := s.store.Get(ctx, rideID)
	if err != nil {
		return err
	}
	switch r.Region {
	case "eu":
		ref, code, err := s.adyen.Preauth(ctx, r.ID, r.HoldCents, r.Currency)
		if err != nil {
			return err
		}
		if err := s.store.SetPreauth(ctx, r.ID, "adyen", ref); err != nil {
			return err
		}
		if code == "RedirectShopper" || code == "IdentifyShopper" || code == "ChallengeShopper" {
			return ErrNeeds3DS
		}
	default:
		pi, err := s.stripe.Authorize(ctx, r.ID, r.CustomerID, r.PaymentMeth, r.HoldCents, r.Currency)
		if err != nil {
			return err
		}
		if err := s.store.SetPreauth(ctx, r.ID, "stripe", pi.ID); err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusRequiresAction {
			if err := s.stripe.WaitAuthorized(ctx, pi.ID); err != nil {
				return err
			}
		}
	}
	if err := s.store.SetStatus(ctx, r.ID, domain.RideAuthorized); err != nil {
		return err
	}
	return s.start(ctx, r)
}

func (s *Service) start(ctx context.Context, r *domain.Ride) error {
	if err := s.locks.Unlock(ctx, r.VehicleID); err != nil {
		return s.failedUnlock(ctx, r, err)
	}
	return s.store.SetStatus(ctx, r.ID, domain.RideActive)
}

// End captures the fare, or releases the hold when the ride was free.
func (s *Service) End(ctx context.Context, rideID string, fareCents int64) error {
	r, err := s.store.Get(ctx, rideID)
	if err != nil {
		return err
	}
	if r.Status == domain.RideCaptured || r.Status == domain.RideReleased {
		return nil
	}
	if fareCents == 0 {
		if r.Provider == "stripe" {
			if err := s.stripe.Release(ctx, r.PreauthRef); err != nil {
				return err
			}
		}
		return s.store.SetStatus(ctx, r.ID, domain.RideReleased)
	}
	switch r.Provider {
	case "adyen":
		if err := s.adyen.Capture(ctx, r.PreauthRef, r.ID, fareCents, r.Currency); err != nil {
			return err
		}
	case "stripe":
		for {
			err := s.stripe.CaptureRide(ctx, r.PreauthRef, r.ID, fareCents)
			if err == nil {
				break
			}
			if !temporary(err) {
				return err
			}
			log.Printf("capture ride %s: %v, retrying", r.ID, err)
		}
	default:
		return fmt.Errorf("ride %s: unknown provider %q", r.ID, r.Provider)
	}
	return s.store.SetStatus(ctx, r.ID, domain.RideCaptured)
}

// failedUnlock gives the rider the hold back when the lock never opened.
func (s *Service) failedUnlock(ctx context.Context, r *domain.Ride, cause error) error {
	log.Printf("ride %s: unlock failed: %v", r.ID, cause)
	var err error
	switch r.Provider {
	case "adyen":
		err = s.adyen.Refund(ctx, r.PreauthRef, r.ID, r.HoldCents, r.Currency)
	case "stripe":
		err = s.stripe.RefundFailedUnlock(ctx, r.PreauthRef, r.ID, r.HoldCents)
	}
	if err != nil {
		return err
	}
	return s.store.SetStatus(ctx, r.ID, domain.RideRefunded)
}

func temporary(err error) bool {
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	var se *stripe.Error
	return errors.As(err, &se) && (se.HTTPStatusCode >= 500 || se.HTTPStatusCode == 429)
}
