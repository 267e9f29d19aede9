// Package stripepsp wraps stripe-go for US rides (manual capture), wallet
// top-ups and refunds.
package stripepsp

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit9/mobility/retryx"
)

// ErrDeclined wraps a card decline.
var ErrDeclined = errors.New("stripe: card declined")

// Gateway is the Stripe side of the ride and wallet flows.
type Gateway struct {
	sc *stripe.Client
}

// New returns a Gateway using the given secret key.
func New(key string) *Gateway {
	return &Gateway{sc: stripe.NewClient(key)}
}

// Client exposes the underlying Stripe client for read-only lookups.
func (g *Gateway) Client() *stripe.Client { return g.sc }

// Authorize places a manual-capture hold for the ride's unlock.
func (g *Gateway) Authorize(ctx context.Context, rideID, customer, pm string, cents int64, currency string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(cents),
		Currency:      stripe.String(currency),
		Customer:      stripe.String(customer),
		PaymentMethod: stripe.String(pm),
		CaptureMethod: stripe.String("manual"),
		Confirm:       stripe.Bool(true),
		ReturnURL:     stripe.String("https://ride.example.com/rides/3ds/return"),
		Metadata:      map[string]string{"ride_id": rideID, "kind": "ride"},
	}
	params.SetIdempotencyKey("ride-auth-" + rideID)
	wait := time.Second
	for attempt := 1; ; attempt++ {
		pi, err := g.sc.V1PaymentIntents.Create(ctx, params)
		if err == nil {
			return pi, nil
		}
		var se *stripe.Error
		if errors.As(err, &se) {
			if se.Type == stripe.ErrorTypeCard {
				return nil, fmt.Errorf("%w: %s", ErrDeclined, se.Msg)
			}
			if se.HTTPStatusCode > 0 && se.HTTPStatusCode < 500 && se.HTTPStatusCode != 429 {
				return nil, err
			}
		}
		if attempt == 3 {
			return nil, err
		}
		time.Sleep(wait)
		wait *= 2
	}
}

// WaitAuthorized waits until the unlock hold is in place after the rider
// finished a 3-D Secure challenge in the app.
func (g *Gateway) WaitAuthorized(ctx context.Context, piID string) error {
	for i := 0; i < 40; i++ {
		pi, err := g.sc.V1PaymentIntents.Retrieve(ctx, piID, nil)
		if err != nil {
			return err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusRequiresCapture, stripe.PaymentIntentStatusSucceeded:
			return nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return ErrDeclined
		}
		time.Sleep(retryx.DefaultPollEvery) // want "\\[pollinterval\\] payment status polled every 750ms"
	}
	return fmt.Errorf("payment intent %s still not authorized", piID)
}

// CaptureRide captures the final fare of a ride.
func (g *Gateway) CaptureRide(ctx context.Context, piID, rideID string, fareCents int64) error {
	params := &stripe.PaymentIntentCaptureParams{AmountToCapture: stripe.Int64(fareCents)}
	params.SetIdempotencyKey("ride-capture-" + rideID)
	_, err := g.sc.V1PaymentIntents.Capture(ctx, piID, params)
	return err
}

// Release cancels the unlock hold of a ride that ended without a fare.
func (g *Gateway) Release(ctx context.Context, piID string) error {
	_, err := g.sc.V1PaymentIntents.Cancel(ctx, piID, &stripe.PaymentIntentCancelParams{
		CancellationReason: stripe.String("abandoned"),
	})
	return err
}

// RefundFailedUnlock refunds the minimum fare charged for a ride whose
// scooter never unlocked.
func (g *Gateway) RefundFailedUnlock(ctx context.Context, piID, rideID string, cents int64) error {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		_, err := g.sc.V1Refunds.Create(ctx, refundParams(piID, rideID, cents)) // want "\\[idempotency\\] stripe V1Refunds.Create is retried by a for loop .* refundParams makes a new idempotency key"
		if err == nil {
			return nil
		}
		lastErr = err
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode > 0 && se.HTTPStatusCode < 500 {
			return err
		}
		log.Printf("refund ride %s attempt %d: %v", rideID, attempt+1, err)
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return lastErr
}

func refundParams(piID, rideID string, cents int64) *stripe.RefundCreateParams {
	p := &stripe.RefundCreateParams{
		PaymentIntent: stripe.String(piID),
		Amount:        stripe.Int64(cents),
		Reason:        stripe.String("requested_by_customer"),
	}
	p.SetIdempotencyKey(fmt.Sprintf("unlock-refund-%s-%d", rideID, time.Now().UnixNano()))
	p.AddMetadata("ride_id", rideID)
	return p
}

// ParseEvent verifies the Stripe-Signature header and decodes the event.
func ParseEvent(body []byte, sigHeader, secret string) (stripe.Event, error) {
	ev, err := webhook.ConstructEvent(body, sigHeader, secret)
	if err != nil {
		return stripe.Event{}, fmt.Errorf("stripe signature: %w", err)
	}
	return ev, nil
}
