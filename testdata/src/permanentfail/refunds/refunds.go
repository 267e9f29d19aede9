// Package refunds refunds a rental's deposit through stripe-go inside
// retry-go, retrying only what comes before the refund.
package refunds

import (
	"context"
	"errors"

	"github.com/avast/retry-go/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"
)

type Deposits interface {
	ChargeOf(ctx context.Context, rentalID string) (string, error)
	MarkRefunded(ctx context.Context, rentalID string) error
}

type Refunder struct{ deposits Deposits }

// --- silent: the refund's failure is unrecoverable, nothing after it fails ---

// Release retries the lookup of the charge; the refund runs once.
func (r *Refunder) Release(ctx context.Context, rentalID string) error {
	return retry.Do(func() error {
		chargeID, err := r.deposits.ChargeOf(ctx, rentalID)
		if err != nil {
			return err
		}
		_, err = refund.New(&stripe.RefundParams{Charge: stripe.String(chargeID)})
		if err != nil {
			return retry.Unrecoverable(err)
		}
		return nil
	}, retry.Attempts(4), retry.Context(ctx))
}

// --- reported: the refund runs again when a step after it fails ---

// ReleaseAndMark retries the bookkeeping after the refund too: a failed
// MarkRefunded refunds again (with a new random key from stripe-go).
func (r *Refunder) ReleaseAndMark(ctx context.Context, rentalID string) error {
	return retry.Do(func() error {
		chargeID, err := r.deposits.ChargeOf(ctx, rentalID)
		if err != nil {
			return err
		}
		if _, err := refund.New(&stripe.RefundParams{Charge: stripe.String(chargeID)}); err != nil { // want `stripe refund.New is retried by retry.Do \(line 43\) without an idempotency key`
			return retry.Unrecoverable(err)
		}
		return r.deposits.MarkRefunded(ctx, rentalID)
	}, retry.Attempts(4), retry.Context(ctx))
}

// ReleaseSomeErrors marks only a declined refund unrecoverable.
func (r *Refunder) ReleaseSomeErrors(ctx context.Context, chargeID string) error {
	return retry.Do(func() error {
		_, err := refund.New(&stripe.RefundParams{Charge: stripe.String(chargeID)}) // want `stripe refund.New is retried by retry.Do \(line 57\) without an idempotency key`
		if err != nil {
			var se *stripe.Error
			if errors.As(err, &se) {
				return retry.Unrecoverable(err)
			}
			return err
		}
		return nil
	}, retry.Attempts(4), retry.Context(ctx))
}
