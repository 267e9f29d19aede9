// Package ridecheckout charges a finished ride (or a food order) by M-Pesa.
package ridecheckout

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"audit3/mobile/mpesa"
)

type Ride struct {
	ID         string
	RiderMSIS  string // 2547XXXXXXXX
	FareKES    int
	CheckoutID string
}

type RideStore interface {
	SetCheckout(ctx context.Context, rideID, checkoutRequestID string) error
	Get(ctx context.Context, rideID string) (*Ride, error)
}

type Service struct {
	mpesa *mpesa.Client
	rides RideStore
}

func NewService(c *mpesa.Client, rides RideStore) *Service {
	return &Service{mpesa: c, rides: rides}
}

// ChargeRide sends the STK prompt. Daraja is flaky at peak hours, so we
// try a few times.
func (s *Service) ChargeRide(ctx context.Context, r *Ride) error {
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		res, err := s.mpesa.STKPush(ctx, r.RiderMSIS, r.FareKES, "RIDE-"+r.ID, "Ride fare") // want "\\[idempotency\\] mpesa.Client.STKPush \\(POST /mpesa/stkpush/v1/processrequest\\) is retried by a for loop \\(line 39\\) without an idempotency key"
		if err == nil {                                                                     // want "\\[retrystatus\\] mpesa.Client.STKPush \\(POST /mpesa/stkpush/v1/processrequest\\) is retried by a for loop"
			return s.rides.SetCheckout(ctx, r.ID, res.CheckoutRequestID)
		}
		lastErr = err
		log.Printf("stk push ride=%s attempt=%d: %v", r.ID, attempt, err)
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return fmt.Errorf("charge ride %s: %w", r.ID, lastErr)
}

// ChargeRideOnce pushes once; when the answer is lost we ask Daraja about
// the push instead of pushing again (see ResolveTimeout).
func (s *Service) ChargeRideOnce(ctx context.Context, r *Ride) error {
	res, err := s.mpesa.STKPush(ctx, r.RiderMSIS, r.FareKES, "RIDE-"+r.ID, "Ride fare")
	if err != nil {
		return fmt.Errorf("charge ride %s: %w", r.ID, err)
	}
	return s.rides.SetCheckout(ctx, r.ID, res.CheckoutRequestID)
}

// ResolveTimeout re-reads a push whose callback never came. The query is a
// read, so retrying it on 5xx is harmless.
func (s *Service) ResolveTimeout(ctx context.Context, checkoutID string) (*mpesa.STKQueryResponse, error) {
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		q, err := s.mpesa.QuerySTK(ctx, checkoutID)
		if err == nil {
			return q, nil
		}
		var apiErr *mpesa.APIError
		if errors.As(err, &apiErr) && apiErr.Status < 500 {
			return nil, err
		}
		lastErr = err
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return nil, lastErr
}
