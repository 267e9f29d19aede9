// Package holds places the card authorisation a bidder needs before
// their bid counts (Stripe manual capture, or Checkout.com for cards
// our Stripe account cannot take).
package holds

import (
	"context"
	"errors"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var ErrHoldDeclined = errors.New("holds: card declined")

type StripeHolds struct {
	Currency string
}

func (s *StripeHolds) newHold(bidderCust, pm string, amount int64, key string) (*stripe.PaymentIntent, error) {
	p := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(amount),
		Currency:      stripe.String(s.Currency),
		Customer:      stripe.String(bidderCust),
		PaymentMethod: stripe.String(pm),
		CaptureMethod: stripe.String("manual"),
		Confirm:       stripe.Bool(true),
	}
	p.SetIdempotencyKey(key)
	return paymentintent.New(p)
}

// PlaceHold authorises the bidder's card for the bid ceiling and waits
// until the hold is in place (3DS-free cards usually within seconds).
func (s *StripeHolds) PlaceHold(ctx context.Context, bidID, cust, pm string, amount int64) (string, error) {
	pi, err := s.newHold(cust, pm, amount, "hold-"+bidID)
	if err != nil {
		return "", err
	}
	deadline := time.Now().Add(45 * time.Second)
	attempt := 0
	for time.Now().Before(deadline) {
		cur, err := paymentintent.Get(pi.ID, nil)
		if err != nil {
			return "", err
		}
		switch cur.Status {
		case stripe.PaymentIntentStatusRequiresCapture:
			return cur.ID, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return "", ErrHoldDeclined
		}
		if time.Since(deadline.Add(-45*time.Second)) > 20*time.Second && cur.Status == stripe.PaymentIntentStatusProcessing {
			// Some issuers sit on the auth; try a fresh hold.
			attempt++
			pi, err = s.newHold(cust, pm, amount, "hold-"+bidID+"-"+string(rune('a'+attempt))) // want "\\[pollcreate\\] new payment created inside the loop that polls payment pi.ID"
			if err != nil {
				return "", err
			}
		}
		time.Sleep(3 * time.Second)
	}
	return "", errors.New("holds: timed out waiting for authorisation")
}

// ReleaseHold cancels an outbid bidder's hold. Looking at each hold in
// turn is a batch, not a poll.
func (s *StripeHolds) ReleaseHolds(ctx context.Context, intentIDs []string) error {
	for _, id := range intentIDs {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusRequiresCapture {
			if _, err := paymentintent.Cancel(id, &stripe.PaymentIntentCancelParams{}); err != nil {
				return err
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}
