// Package fiatpayout pays out fiat to users' cards and bank accounts after
// they sell crypto, through Stripe Connect payouts and Checkout.com.
package fiatpayout

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/checkout/checkout-sdk-go/v2/common"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/payout"
)

// Sale is a row of crypto_sales awaiting its fiat leg.
type Sale struct {
	ID       string
	Cents    int64
	Currency string
}

// Service pays out sales.
type Service struct {
	cko *nas.Client
}

// NewService wires the Checkout.com client.
func NewService(cko *nas.Client) *Service { return &Service{cko: cko} }

// PayoutStripe retries payout creation with backoff but sets no key, so
// stripe-go sends a fresh one on each try.
func (s *Service) PayoutStripe(ctx context.Context, sale Sale) (*stripe.Payout, error) {
	op := func() (*stripe.Payout, error) {
		return payout.New(&stripe.PayoutParams{ // want "\\[idempotency\\] stripe payout.New is retried by backoff.RetryWithData"
			Amount:   stripe.Int64(sale.Cents),
			Currency: stripe.String(sale.Currency),
		})
	}
	b := backoff.WithContext(backoff.NewExponentialBackOff(), ctx)
	return backoff.RetryWithData(op, b) // audit: missed retrystatus: backoff retries every error of payout.New, including invalid_request_error/card_error (no backoff.Permanent)
}

// PayoutStripeKeyed is the same with the sale id as key; card errors stop.
func (s *Service) PayoutStripeKeyed(ctx context.Context, sale Sale) (*stripe.Payout, error) {
	params := &stripe.PayoutParams{Amount: stripe.Int64(sale.Cents), Currency: stripe.String(sale.Currency)}
	params.SetIdempotencyKey("sale-payout-" + sale.ID)
	op := func() (*stripe.Payout, error) {
		p, err := payout.New(params)
		var serr *stripe.Error
		if errors.As(err, &serr) && serr.Type != stripe.ErrorTypeAPI {
			return nil, backoff.Permanent(err)
		}
		return p, err
	}
	b := backoff.WithContext(backoff.NewExponentialBackOff(), ctx)
	return backoff.RetryWithData(op, b)
}

// PayCardCKO pushes the proceeds to the user's card with a stable key but
// a constant 100ms backoff: ten tries in one second.
func (s *Service) PayCardCKO(ctx context.Context, sale Sale) (*nas.PaymentResponse, error) {
	key := "sale-card-" + sale.ID
	req := nas.PaymentRequest{Currency: common.Currency(sale.Currency), Amount: sale.Cents, Reference: sale.ID}
	op := func() (*nas.PaymentResponse, error) {
		return s.cko.RequestPaymentWithContext(ctx, req, &key) // want "\\[retrybackoff\\] checkout-sdk Payments.RequestPaymentWithContext is retried by backoff.RetryWithData"
	}
	b := backoff.WithMaxRetries(backoff.NewConstantBackOff(100*time.Millisecond), 10)
	return backoff.RetryWithData(op, b) // audit: missed retrystatus: backoff retries every error of RequestPaymentWithContext, including 4xx/declines (no backoff.Permanent)
}

// PayCardCKOPatient is the fixed variant: 2s constant, five tries.
func (s *Service) PayCardCKOPatient(ctx context.Context, sale Sale) (*nas.PaymentResponse, error) {
	key := "sale-card-" + sale.ID
	req := nas.PaymentRequest{Currency: common.Currency(sale.Currency), Amount: sale.Cents, Reference: sale.ID}
	op := func() (*nas.PaymentResponse, error) {
		return s.cko.RequestPaymentWithContext(ctx, req, &key)
	}
	b := backoff.WithMaxRetries(backoff.NewConstantBackOff(2*time.Second), 5)
	return backoff.RetryWithData(op, backoff.WithContext(b, ctx))
}
