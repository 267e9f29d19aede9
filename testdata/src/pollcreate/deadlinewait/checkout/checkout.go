// Package checkout charges saved cards through stripe-go and waits for
// each PaymentIntent through the clock helpers, which give up on a
// deadline of their own while the intent may still be processing.
// Charging again on that answer makes a second payment while the first
// can still succeed.
package checkout

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"pollcreate/deadlinewait/clock"
)

var errPending = errors.New("payment still processing")

func params(cents int64, pm string) *stripe.PaymentIntentParams {
	return &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(cents),
		Currency:      stripe.String("eur"),
		PaymentMethod: stripe.String(pm),
		Confirm:       stripe.Bool(true),
	}
}

func succeeded(ctx context.Context, id string) (bool, error) {
	got, err := paymentintent.Get(id, nil)
	if err != nil {
		return false, err
	}
	return got.Status == stripe.PaymentIntentStatusSucceeded, nil
}

// --- flagged ---

// chargeAgainWhenStillPending goes round on the helper's sentinel.
func chargeAgainWhenStillPending(ctx context.Context, cents int64, pm string) error {
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(params(cents, pm)) // want `payment stripe paymentintent.New made again on every pass of the loop \(line 42\) after clock.Poll \(line 47\) stops waiting`
		if err != nil {
			return err
		}
		err = clock.Poll(ctx, 3*time.Second, 2*time.Minute, func(ctx context.Context) (bool, error) {
			got, err := paymentintent.Get(pi.ID, nil)
			if err != nil {
				return false, err
			}
			return got.Status == stripe.PaymentIntentStatusSucceeded, nil
		})
		if errors.Is(err, clock.ErrStillPending) {
			continue
		}
		return err
	}
	return errPending
}

// oneClick charges again when the generic helper answers done false: its
// callback is done on every final state, so only the give-up goes round.
func oneClick(ctx context.Context, cents int64, pm string) (*stripe.PaymentIntent, error) {
	for pass := 0; pass < 2; pass++ {
		pi, err := paymentintent.New(params(cents, pm)) // want `payment stripe paymentintent.New made again on every pass of the loop \(line 65\) after clock.Await \(line 70\) stops waiting`
		if err != nil {
			return nil, err
		}
		cur, done, err := clock.Await(ctx, 2*time.Second, 45*time.Second, func(ctx context.Context) (*stripe.PaymentIntent, bool, error) {
			got, err := paymentintent.Get(pi.ID, nil)
			if err != nil {
				return nil, false, err
			}
			switch got.Status {
			case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
				return got, true, nil
			}
			return got, false, nil
		})
		if err != nil {
			return nil, err
		}
		if done {
			return cur, nil
		}
	}
	return nil, errPending
}

// --- silent ---

// leaveWhenStillPending hands the pending intent to its caller.
func leaveWhenStillPending(ctx context.Context, cents int64, pm string) (*stripe.PaymentIntent, error) {
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(params(cents, pm))
		if err != nil {
			return nil, err
		}
		err = clock.Poll(ctx, 3*time.Second, 2*time.Minute, func(ctx context.Context) (bool, error) {
			return succeeded(ctx, pi.ID)
		})
		if errors.Is(err, clock.ErrStillPending) {
			return pi, err
		}
		if err != nil {
			return nil, err
		}
		return pi, nil
	}
	return nil, errPending
}

// againAfterDecline charges the next card only once the intent failed:
// the wait ends on every final state and a give-up leaves.
func againAfterDecline(ctx context.Context, cents int64, pms []string) (*stripe.PaymentIntent, error) {
	for i := 0; i < len(pms); i++ {
		pi, err := paymentintent.New(params(cents, pms[i]))
		if err != nil {
			return nil, err
		}
		cur, done, err := clock.Await(ctx, 2*time.Second, 45*time.Second, func(ctx context.Context) (*stripe.PaymentIntent, bool, error) {
			got, err := paymentintent.Get(pi.ID, nil)
			if err != nil {
				return nil, false, err
			}
			return got, got.Status == stripe.PaymentIntentStatusSucceeded || got.Status == stripe.PaymentIntentStatusCanceled, nil
		})
		if err != nil {
			return nil, err
		}
		if !done {
			return cur, errPending
		}
		if cur.Status == stripe.PaymentIntentStatusSucceeded {
			return cur, nil
		}
	}
	return nil, errPending
}

// sameIntentAgain waits for the same intent again: nothing is created in
// the loop.
func sameIntentAgain(ctx context.Context, cents int64, pm string) error {
	pi, err := paymentintent.New(params(cents, pm))
	if err != nil {
		return err
	}
	for attempt := 0; attempt < 3; attempt++ {
		err = clock.Poll(ctx, 3*time.Second, 2*time.Minute, func(ctx context.Context) (bool, error) {
			return succeeded(ctx, pi.ID)
		})
		if errors.Is(err, clock.ErrStillPending) {
			continue
		}
		return err
	}
	return errPending
}

// cancelThenChargeAgain cancels the intent still processing before it
// charges again: the first can no longer be paid.
func cancelThenChargeAgain(ctx context.Context, cents int64, pm string) error {
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(params(cents, pm))
		if err != nil {
			return err
		}
		err = clock.Poll(ctx, 3*time.Second, 2*time.Minute, func(ctx context.Context) (bool, error) {
			return succeeded(ctx, pi.ID)
		})
		if errors.Is(err, clock.ErrStillPending) {
			paymentintent.Cancel(pi.ID, nil)
			continue
		}
		return err
	}
	return errPending
}
