// Package stripedeclinescope retries Stripe calls with a condition on the
// error's type. Stripe declines only a card: a card_error answers a call
// that charges or authorises one (a payment intent created or confirmed,
// a charge created), never a refund, a transfer or a payout. A retry of
// those that makes invalid_request_error permanent sends nothing round
// that will never change; one that makes only card_error permanent still
// sends every invalid request round.
package stripedeclinescope

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
)

type Payments struct {
	sc *stripe.Client
}

// RefundDeposit makes invalid requests permanent and retries the rest:
// a refund has no card to decline. Silent.
func (p *Payments) RefundDeposit(ctx context.Context, intentID string, amount int64, rentalID int64) error {
	params := &stripe.RefundCreateParams{PaymentIntent: stripe.String(intentID), Amount: stripe.Int64(amount)}
	params.SetIdempotencyKey(fmt.Sprintf("deposit-refund-%d", rentalID))
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx)
	return backoff.Retry(func() error {
		_, err := p.sc.V1Refunds.Create(ctx, params)
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeInvalidRequest {
			return backoff.Permanent(err)
		}
		return err
	}, b)
}

// RefundOrder copies a charge's handling: only a decline is permanent,
// and a refund is never declined, so every invalid request (an amount
// above what is left, an unknown intent) goes round.
func (p *Payments) RefundOrder(ctx context.Context, intentID string, orderID int64) error {
	params := &stripe.RefundCreateParams{PaymentIntent: stripe.String(intentID)}
	params.SetIdempotencyKey(fmt.Sprintf("order-refund-%d", orderID))
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx)
	return backoff.Retry(func() error {
		_, err := p.sc.V1Refunds.Create(ctx, params)
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeCard { // want `stripe V1Refunds.Create is retried by backoff.Retry \(line \d+\): stripe errors of type invalid_request_error are retried`
			return backoff.Permanent(err)
		}
		return err
	}, b)
}

// ConfirmBooking makes invalid requests permanent but sends a declined
// card round: confirming a payment intent charges the card.
func (p *Payments) ConfirmBooking(ctx context.Context, intentID, method string, bookingID int64) error {
	params := &stripe.PaymentIntentConfirmParams{PaymentMethod: stripe.String(method)}
	params.SetIdempotencyKey(fmt.Sprintf("booking-confirm-%d", bookingID))
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx)
	return backoff.Retry(func() error {
		_, err := p.sc.V1PaymentIntents.Confirm(ctx, intentID, params)
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeInvalidRequest { // want `stripe V1PaymentIntents.Confirm is retried by backoff.Retry \(line \d+\): stripe errors of type card_error are retried`
			return backoff.Permanent(err)
		}
		return err
	}, b)
}

// PaySeller returns on an invalid request and retries the rest of a
// transfer's failures for a while: a transfer moves the platform's
// balance, no card. Silent.
func (p *Payments) PaySeller(ctx context.Context, account string, amount int64, saleID int64) error {
	params := &stripe.TransferCreateParams{Amount: stripe.Int64(amount), Currency: stripe.String("eur"), Destination: stripe.String(account)}
	params.SetIdempotencyKey(fmt.Sprintf("sale-transfer-%d", saleID))
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if _, err = p.sc.V1Transfers.Create(ctx, params); err == nil {
			return nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeInvalidRequest && se.HTTPStatusCode != 429 {
			return err
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return err
}

// PayOutBalance returns only on a decline, which a payout never gets:
// every invalid request (insufficient balance, no bank account) goes
// round.
func (p *Payments) PayOutBalance(ctx context.Context, amount int64, day string) error {
	params := &stripe.PayoutCreateParams{Amount: stripe.Int64(amount), Currency: stripe.String("eur")}
	params.SetIdempotencyKey("payout-" + day)
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if _, err = p.sc.V1Payouts.Create(ctx, params); err == nil {
			return nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeCard { // want `stripe V1Payouts.Create is retried by a for loop \(line \d+\): stripe errors of type invalid_request_error are retried`
			return err
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return err
}
