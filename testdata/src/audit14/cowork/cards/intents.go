package cards

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit14/cowork/store"
)

// Service creates and follows the PaymentIntents of bookings.
type Service struct {
	bookings *store.Bookings
	attempts int
}

// NewService returns a card service.
func NewService(bookings *store.Bookings) *Service {
	return &Service{bookings: bookings, attempts: 3}
}

func transient(err error) bool {
	var se *stripe.Error
	if errors.As(err, &se) {
		return se.HTTPStatusCode == 429 || se.HTTPStatusCode >= 500
	}
	return true // network error: no answer from Stripe
}

// CreateBookingIntent creates the PaymentIntent the booking page confirms
// with Stripe Elements.
func (s *Service) CreateBookingIntent(ctx context.Context, b *store.Booking) (*stripe.PaymentIntent, error) {
	if b.IntentKey == "" {
		b.IntentKey = uuid.NewString()
		if err := s.bookings.SaveIntent(ctx, b.ID, "", b.IntentKey); err != nil {
			return nil, err
		}
	}
	params := &stripe.PaymentIntentParams{
		Amount:   stripe.Int64(b.AmountCents),
		Currency: stripe.String(b.Currency),
		Metadata: map[string]string{"booking_id": b.ID},
	}
	params.Context = ctx
	params.SetIdempotencyKey(b.IntentKey)
	wait := time.Second
	for attempt := 1; ; attempt++ {
		pi, err := paymentintent.New(params)
		if err == nil {
			return pi, s.bookings.SaveIntent(ctx, b.ID, pi.ID, b.IntentKey)
		}
		if !transient(err) || attempt == s.attempts {
			return nil, err
		}
		time.Sleep(wait)
		wait *= 2
	}
}

func holdParams(b *store.Booking) *stripe.PaymentIntentParams {
	p := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(b.AmountCents + noShowFeeCents),
		Currency:      stripe.String(b.Currency),
		CaptureMethod: stripe.String("manual"),
		Description:   stripe.String(fmt.Sprintf("Room %s %s", b.SpaceID, b.StartsAt.Format(time.DateOnly))),
		Metadata:      map[string]string{"booking_id": b.ID, "hold": "no_show"},
	}
	p.SetIdempotencyKey(stripe.NewIdempotencyKey())
	return p
}

// AuthorizeRoomHold authorises a meeting-room booking plus the no-show fee;
// the hold is captured after the slot.
func (s *Service) AuthorizeRoomHold(ctx context.Context, b *store.Booking) (*stripe.PaymentIntent, error) {
	var lastErr error
	for attempt := 0; attempt < s.attempts; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Duration(attempt) * 2 * time.Second)
		}
		pi, err := paymentintent.New(holdParams(b)) // want "\\[idempotency\\] stripe paymentintent.New is retried by a for loop \\(line 81\\) but holdParams makes a new idempotency key on every call"
		if err == nil {
			return pi, s.bookings.SaveIntent(ctx, b.ID, pi.ID, "")
		}
		if !transient(err) {
			return nil, err
		}
		lastErr = err
	}
	return nil, lastErr
}

// AwaitConfirmation waits briefly for an intent confirmed by the browser
// to reach a state the booking page can show.
func AwaitConfirmation(ctx context.Context, piID string) (bool, error) {
	for i := 0; i < confirmPolls; i++ {
		pi, err := paymentintent.Get(piID, nil)
		if err != nil {
			return false, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusRequiresCapture:
			return true, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return false, nil
		}
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		time.Sleep(confirmPollEvery) // want "\\[pollinterval\\] payment status polled every 750ms"
	}
	return false, fmt.Errorf("cards: intent %s still pending", piID)
}
