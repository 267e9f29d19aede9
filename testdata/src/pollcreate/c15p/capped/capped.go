// Package capped charges a card through stripe-go and waits for the
// PaymentIntent through pacer.Tries, a helper of another package that
// answers (false, nil) once its tries ran out while the intent may still
// be processing. Going round to charge again then makes a second payment
// while the first can still succeed.
package capped

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"c15pkit/pacer"
)

var (
	errDeclined = errors.New("card declined")
	errPending  = errors.New("payment still processing")
)

func params(cents int64, pm string) *stripe.PaymentIntentParams {
	return &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(cents),
		Currency:      stripe.String("eur"),
		PaymentMethod: stripe.String(pm),
		Confirm:       stripe.Bool(true),
	}
}

// --- flagged ---

// chargeUntilSettled charges again when pacer.Tries ran out.
func chargeUntilSettled(ctx context.Context, cents int64, pm string) (*stripe.PaymentIntent, error) {
	for round := 0; round < 3; round++ {
		pi, err := paymentintent.New(params(cents, pm)) // want `payment stripe paymentintent.New made again on every pass of the loop \(line 37\) after pacer.Tries \(line 43\) stops waiting`
		if err != nil {
			return nil, err
		}
		var cur *stripe.PaymentIntent
		ok, err := pacer.Tries(ctx, 8, 2*time.Second, func(ctx context.Context) (bool, error) {
			got, err := paymentintent.Get(pi.ID, nil)
			if err != nil {
				return false, err
			}
			cur = got
			switch got.Status {
			case stripe.PaymentIntentStatusSucceeded:
				return true, nil
			case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
				return false, errDeclined
			}
			return false, nil
		})
		if err != nil {
			return nil, err
		}
		if ok {
			return cur, nil
		}
	}
	return nil, errPending
}

// --- silent ---

// leaveOnGiveUp hands the pending intent to its caller.
func leaveOnGiveUp(ctx context.Context, cents int64, pm string) (*stripe.PaymentIntent, error) {
	for round := 0; round < 3; round++ {
		pi, err := paymentintent.New(params(cents, pm))
		if err != nil {
			return nil, err
		}
		ok, err := pacer.Tries(ctx, 8, 2*time.Second, func(ctx context.Context) (bool, error) {
			got, err := paymentintent.Get(pi.ID, nil)
			if err != nil {
				return false, err
			}
			return got.Status == stripe.PaymentIntentStatusSucceeded, nil
		})
		if err != nil {
			return nil, err
		}
		if !ok {
			return pi, errPending
		}
		return pi, nil
	}
	return nil, errPending
}

// againAfterDecline charges again only once the intent failed: the
// probe is done on every final state, and the pass goes round only on a
// decline.
func againAfterDecline(ctx context.Context, cents int64, pms []string) (*stripe.PaymentIntent, error) {
	for _, pm := range pms {
		pi, err := paymentintent.New(params(cents, pm))
		if err != nil {
			return nil, err
		}
		var cur *stripe.PaymentIntent
		ok, err := pacer.Tries(ctx, 8, 2*time.Second, func(ctx context.Context) (bool, error) {
			got, err := paymentintent.Get(pi.ID, nil)
			if err != nil {
				return false, err
			}
			cur = got
			return got.Status == stripe.PaymentIntentStatusSucceeded || got.Status == stripe.PaymentIntentStatusCanceled, nil
		})
		if err != nil {
			return nil, err
		}
		if !ok {
			return pi, errPending
		}
		if cur.Status == stripe.PaymentIntentStatusSucceeded {
			return cur, nil
		}
	}
	return nil, errDeclined
}

// exhaustedErr waits through TriesErr, which errs when its tries ran out.
func exhaustedErr(ctx context.Context, cents int64, pm string) (*stripe.PaymentIntent, error) {
	for round := 0; round < 3; round++ {
		pi, err := paymentintent.New(params(cents, pm))
		if err != nil {
			return nil, err
		}
		err = pacer.TriesErr(ctx, 8, 2*time.Second, func(ctx context.Context) (bool, error) {
			got, err := paymentintent.Get(pi.ID, nil)
			if err != nil {
				return false, err
			}
			return got.Status == stripe.PaymentIntentStatusSucceeded, nil
		})
		if err != nil {
			return nil, err
		}
		return pi, nil
	}
	return nil, errPending
}
