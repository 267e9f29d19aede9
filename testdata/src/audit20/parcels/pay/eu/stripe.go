// Package eu is label checkout for EU shippers (consolidated exports to
// SEA), paid by card through Stripe.
package eu

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/refund"
)

type Payments struct {
	log *slog.Logger
}

func NewPayments(secretKey string, log *slog.Logger) *Payments {
	stripe.Key = secretKey
	return &Payments{log: log}
}

// Intent opens a PaymentIntent for a label order; the browser confirms it
// with the Payment Element.
func (p *Payments) Intent(ctx context.Context, orderID string, amountCents int64, currency, returnURL string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:    stripe.Int64(amountCents),
		Currency:  stripe.String(currency),
		Metadata:  map[string]string{"label_order": orderID},
		ReturnURL: stripe.String(returnURL),
	}
	params.Context = ctx
	params.SetIdempotencyKey("lbl-" + orderID)
	return paymentintent.New(params)
}

// WalletTopUp opens a PaymentIntent that tops up a shipper's prepaid
// balance; the payment_intent.succeeded webhook credits it.
func (p *Payments) WalletTopUp(ctx context.Context, sellerID, requestID string, amountCents int64, currency string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:   stripe.Int64(amountCents),
		Currency: stripe.String(currency),
		Metadata: map[string]string{"wallet_topup": sellerID},
	}
	params.Context = ctx
	params.SetIdempotencyKey("wtu-" + requestID)
	return paymentintent.New(params)
}

// ChargeSaved charges a shipper's saved card off-session (monthly invoices of
// consolidated shipments).
func (p *Payments) ChargeSaved(ctx context.Context, customerID, pmID, ref string, amountCents int64, currency string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(amountCents),
		Currency:      stripe.String(currency),
		Customer:      stripe.String(customerID),
		PaymentMethod: stripe.String(pmID),
		Confirm:       stripe.Bool(true),
		Metadata:      map[string]string{"statement": ref},
	}
	params.Context = ctx
	b := backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 3)
	pi, err := backoff.RetryWithData(func() (*stripe.PaymentIntent, error) {
		pi, err := paymentintent.New(params) // want "\\[idempotency\\] stripe paymentintent\\.New is retried by backoff\\.RetryWithData \\(line 67\\) without"
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 && se.HTTPStatusCode != 429 {
			return nil, backoff.Permanent(err)
		}
		return pi, err
	}, b)
	if err != nil {
		return nil, err
	}
	return p.awaitIntent(ctx, pi.ID)
}

// awaitIntent waits while a confirmed intent is still processing (SEPA and
// some 3DS flows).
func (p *Payments) awaitIntent(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled,
			stripe.PaymentIntentStatusRequiresPaymentMethod, stripe.PaymentIntentStatusRequiresAction:
			return pi, nil
		}
		select {
		case <-ctx.Done():
			return pi, nil
		case <-time.After(500 * time.Millisecond): // want "\\[pollinterval\\] payment status polled every 500ms: the provider's limit is one poll per"
		}
	}
}

// Refund refunds a label order's payment, retrying only what can change.
func (p *Payments) Refund(ctx context.Context, paymentIntentID, orderID string, amountCents int64) (*stripe.Refund, error) {
	params := &stripe.RefundParams{
		PaymentIntent: stripe.String(paymentIntentID),
		Amount:        stripe.Int64(amountCents),
	}
	params.Context = ctx
	params.SetIdempotencyKey("refund-" + orderID)
	wait := time.Second
	for attempt := 0; ; attempt++ {
		r, err := refund.New(params)
		if err == nil {
			return r, nil
		}
		var se *stripe.Error
		retryable := errors.As(err, &se) && (se.HTTPStatusCode >= 500 || se.HTTPStatusCode == 429)
		if !retryable || attempt == 3 { // audit: lookalike retrystatus: only 5xx and 429 go round; 4xx and card errors return at once
			return nil, fmt.Errorf("refund %s: %w", orderID, err)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait): // audit: lookalike retrybackoff: capped at 4 attempts, wait starts at 1s and doubles
		}
		wait *= 2
	}
}
