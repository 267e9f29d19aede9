package sca

import (
	"context"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// AwaitChallenge is called by the front end's "I have completed 3DS" button.
func (s *Service) AwaitChallenge(ctx context.Context, subID, piID string) error {
	for i := 0; i < 120; i++ {
		pi, err := paymentintent.Get(piID, nil)
		if err != nil {
			return err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return s.store.MarkSubscriptionActive(ctx, subID)
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return ErrPaymentFailed
		}
		time.Sleep(250 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 250ms"
	}
	return context.DeadlineExceeded
}

// WaitUntilSettled is used by the admin "retry activation" tool.
func (s *Service) WaitUntilSettled(subID, piID string) error {
	for { // want "\\[pollbound\\] loop polling payment piID stops only when the payment succeeds"
		pi, err := paymentintent.Get(piID, nil)
		if err != nil {
			time.Sleep(5 * time.Second)
			continue
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return s.store.MarkSubscriptionActive(context.Background(), subID)
		}
		time.Sleep(5 * time.Second)
	}
}

// ChargeFirstInvoice confirms the first charge; if the customer still has not
// finished the challenge after a minute it tries a fresh intent.
func (s *Service) ChargeFirstInvoice(ctx context.Context, subID, customerID string, amount int64) error {
	pi, err := paymentintent.New(firstChargeParams(customerID, amount))
	if err != nil {
		return err
	}
	started := time.Now()
	for {
		cur, err := paymentintent.Get(pi.ID, nil)
		if err != nil {
			return err
		}
		if cur.Status == stripe.PaymentIntentStatusSucceeded {
			return s.store.MarkSubscriptionActive(ctx, subID)
		}
		if cur.Status == stripe.PaymentIntentStatusCanceled {
			return ErrPaymentFailed
		}
		if time.Since(started) > time.Minute {
			pi, err = paymentintent.New(firstChargeParams(customerID, amount)) // want "\\[pollcreate\\] new payment created inside the loop that polls payment pi.ID"
			if err != nil {
				return err
			}
			_ = s.store.SetPaymentIntent(ctx, subID, pi.ID)
			started = time.Now()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
}
