// Package payouts pays instructors: Stripe Connect transfers for connected
// accounts, Wise transfers for instructors in unsupported countries.
package payouts

import (
	"context"
	"fmt"

	"github.com/cenkalti/backoff/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/transfer"
)

// Instructor is a payee.
type Instructor struct {
	ID             string
	StripeAccount  string
	WiseRecipient  int64
	PayoutCurrency string
}

func policy(ctx context.Context) backoff.BackOff {
	return backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx)
}

// PayMonthly sends an instructor's share for a period ("2026-11"); the key
// makes a re-run of the monthly job harmless.
func PayMonthly(ctx context.Context, in Instructor, period string, cents int64) (*stripe.Transfer, error) {
	params := &stripe.TransferParams{
		Amount:      stripe.Int64(cents),
		Currency:    stripe.String(in.PayoutCurrency),
		Destination: stripe.String(in.StripeAccount),
	}
	params.SetIdempotencyKey(fmt.Sprintf("payout-%s-%s", in.ID, period))
	return backoff.RetryWithData(func() (*stripe.Transfer, error) {
		return transfer.New(params)
	}, policy(ctx))
}

// PayBonus sends a one-off bonus (top-rated course of the month).
func PayBonus(ctx context.Context, in Instructor, cents int64, reason string) (*stripe.Transfer, error) {
	var tr *stripe.Transfer
	op := func() error {
		var err error
		tr, err = transfer.New(&stripe.TransferParams{ // want "\\[idempotency\\] stripe transfer.New is retried by backoff.Retry .* without an idempotency key"
			Amount:      stripe.Int64(cents),
			Currency:    stripe.String(in.PayoutCurrency),
			Destination: stripe.String(in.StripeAccount),
		})
		return err
	}
	if err := backoff.Retry(op, policy(ctx)); err != nil {
		return nil, fmt.Errorf("bonus %s for %s: %w", reason, in.ID, err)
	}
	return tr, nil
}
