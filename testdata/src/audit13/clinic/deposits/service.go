// Package deposits places, captures and releases appointment deposits on
// Stripe PaymentIntents with manual capture.
package deposits

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"audit13/clinic/domain"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Service manages deposit holds.
type Service struct {
	appts     domain.AppointmentStore
	returnURL string
	attempts  int
}

// Option configures a Service.
type Option func(*Service)

// WithAttempts sets how many times a hold is attempted on network errors.
func WithAttempts(n int) Option { return func(s *Service) { s.attempts = n } }

// New returns a deposit service.
func New(appts domain.AppointmentStore, returnURL string, opts ...Option) *Service {
	s := &Service{appts: appts, returnURL: returnURL, attempts: 3}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Hold places an authorization for the appointment's deposit on the
// patient's saved card; it is captured after the visit.
func (s *Service) Hold(ctx context.Context, a *domain.Appointment, customerID, paymentMethod string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(a.DepositCents),
		Currency:      stripe.String(a.Currency),
		Customer:      stripe.String(customerID),
		PaymentMethod: stripe.String(paymentMethod),
		CaptureMethod: stripe.String("manual"),
		Confirm:       stripe.Bool(true),
		ReturnURL:     stripe.String(s.returnURL + "?appointment=" + a.ID),
		Metadata:      map[string]string{"appointment_id": a.ID},
	}
	params.Context = ctx

	var pi *stripe.PaymentIntent
	var err error
	for attempt := 1; attempt <= s.attempts; attempt++ {
		pi, err = paymentintent.New(params) // want "\\[idempotency\\] stripe paymentintent.New is retried by a for loop \\(line 58\\) without an idempotency key"
		if err == nil {
			break
		}
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 {
			return nil, err
		}
		log.Printf("deposits: hold %s attempt %d: %v", a.ID, attempt, err)
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	if err != nil {
		return nil, fmt.Errorf("hold deposit: %w", err)
	}
	if err := s.appts.SetDeposit(ctx, a.ID, pi.ID, string(pi.Status)); err != nil {
		return nil, err
	}
	return pi, nil
}

// AwaitCapturable waits for a hold that needed 3-D Secure to become
// capturable, so the booking can be confirmed.
func (s *Service) AwaitCapturable(ctx context.Context, paymentIntentID string) (*stripe.PaymentIntent, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Minute)
	defer cancel()
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for { // want "\\[pollbound\\] loop polling payment paymentIntentID stops only when the payment succeeds \\(line 92\\)"
		pi, err := paymentintent.Get(paymentIntentID, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusRequiresCapture || pi.Status == stripe.PaymentIntentStatusSucceeded {
			return pi, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// Capture collects the held deposit once the visit took place.
func (s *Service) Capture(ctx context.Context, a *domain.Appointment) error {
	key := "deposit-capture-" + a.ID
	op := func() error {
		params := &stripe.PaymentIntentCaptureParams{AmountToCapture: stripe.Int64(a.DepositCents)}
		params.Context = ctx
		params.SetIdempotencyKey(key)
		_, err := paymentintent.Capture(a.PaymentIntentID, params)
		var se *stripe.Error
		if errors.As(err, &se) {
			switch se.Type {
			case stripe.ErrorTypeCard, stripe.ErrorTypeInvalidRequest, stripe.ErrorTypeIdempotency:
				return backoff.Permanent(err)
			}
		}
		return err
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	if err := backoff.Retry(op, b); err != nil {
		return fmt.Errorf("capture %s: %w", a.PaymentIntentID, err)
	}
	return s.appts.SetDeposit(ctx, a.ID, a.PaymentIntentID, "captured")
}

// Release cancels the hold of a patient who did not show up and whose
// deposit policy waives the fee.
func (s *Service) Release(ctx context.Context, a *domain.Appointment) error {
	params := &stripe.PaymentIntentCancelParams{CancellationReason: stripe.String("abandoned")}
	params.Context = ctx
	if _, err := paymentintent.Cancel(a.PaymentIntentID, params); err != nil {
		return err
	}
	return s.appts.SetDeposit(ctx, a.ID, a.PaymentIntentID, "released")
}

// ConfirmBooking records that the deposit hold is in place and the slot is the patient's.
func (s *Service) ConfirmBooking(ctx context.Context, appointmentID, paymentIntentID string) error {
	return s.appts.SetDeposit(ctx, appointmentID, paymentIntentID, "authorized")
}
