// Package checkout settles a guest's folio at the front desk.
package checkout

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Folio is what the guest owes at check-out.
type Folio struct {
	ID              string
	StayID          string
	GuestID         string
	PaymentIntentID string
	TotalMinor      int64
	Nights          int
}

// Desk is the front-desk service.
type Desk struct {
	DB *sql.DB
}

// CaptureAtCheckout captures the authorised card for the folio total.
func (d *Desk) CaptureAtCheckout(ctx context.Context, f Folio) error {
	var err error
	for attempt := 1; attempt <= 4; attempt++ {
		_, err = paymentintent.Capture(f.PaymentIntentID, &stripe.PaymentIntentCaptureParams{ // want "\\[idempotency\\] .*stripe paymentintent.Capture is retried by a for loop"
			AmountToCapture: stripe.Int64(f.TotalMinor),
		})
		if err == nil {
			break
		}
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	if err != nil {
		return err
	}
	_, err = d.DB.ExecContext(ctx, `UPDATE folios SET status = 'settled' WHERE id = $1`, f.ID)
	return err
}

// ExtendIncidentals raises the incidentals hold when the minibar bill grows.
func (d *Desk) ExtendIncidentals(ctx context.Context, f Folio, extra int64) error {
	params := &stripe.PaymentIntentIncrementAuthorizationParams{Amount: stripe.Int64(f.TotalMinor + extra)}
	params.SetIdempotencyKey("incidentals-" + f.ID + "-" + time.Now().Format("150405"))
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		if _, lastErr = paymentintent.IncrementAuthorization(f.PaymentIntentID, params); lastErr == nil {
			return nil
		}
		time.Sleep(2 * time.Second << attempt)
	}
	return lastErr
}

// PlaceIncidentalsHold authorises the incidentals deposit at check-in.
func (d *Desk) PlaceIncidentalsHold(ctx context.Context, f Folio, customer, pm string) (string, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(15000),
		Currency:      stripe.String("eur"),
		Customer:      stripe.String(customer),
		PaymentMethod: stripe.String(pm),
		CaptureMethod: stripe.String("manual"),
		Confirm:       stripe.Bool(true),
	}
	params.SetIdempotencyKey("hold-" + f.StayID)
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(params)
		if err == nil {
			return pi.ID, nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 {
			return "", err
		}
		lastErr = err
		time.Sleep(time.Second << attempt)
	}
	return "", lastErr
}
