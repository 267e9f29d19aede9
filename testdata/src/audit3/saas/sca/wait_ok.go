package sca

import (
	"context"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// AwaitConfirmed is the production path: configured interval, deadline,
// every terminal state handled, the same intent id throughout.
func (s *Service) AwaitConfirmed(ctx context.Context, subID, piID string) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.GiveUpAfter)
	defer cancel()
	t := time.NewTicker(s.cfg.PollEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		pi, err := paymentintent.Get(piID, nil)
		if err != nil {
			continue
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return s.store.MarkSubscriptionActive(ctx, subID)
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return ErrPaymentFailed
		}
	}
}

// RetryAfterDecline starts a new intent only once the previous one failed
// for good (the customer picked another card).
func (s *Service) RetryAfterDecline(ctx context.Context, subID, customerID, piID string, amount int64) error {
	wait := 2 * time.Second
	for attempt := 0; attempt < 20; attempt++ {
		pi, err := paymentintent.Get(piID, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return s.store.MarkSubscriptionActive(ctx, subID)
		}
		if pi.Status == stripe.PaymentIntentStatusRequiresPaymentMethod {
			params := firstChargeParams(customerID, amount)
			params.SetIdempotencyKey("first-charge-" + subID + "-" + piID)
			next, err := paymentintent.New(params)
			if err != nil {
				return err
			}
			return s.store.SetPaymentIntent(ctx, subID, next.ID)
		}
		time.Sleep(wait)
		if wait < 30*time.Second {
			wait *= 2
		}
	}
	return context.DeadlineExceeded
}
