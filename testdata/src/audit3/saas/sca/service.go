// Package sca waits for a subscription's first payment after the customer
// finished (or abandoned) a 3-D Secure challenge in the browser.
package sca

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
)

// PaymentStore persists what the billing UI shows about a payment.
type PaymentStore interface {
	SetPaymentIntent(ctx context.Context, subscriptionID, piID string) error
	MarkSubscriptionActive(ctx context.Context, subscriptionID string) error
}

// Config comes from the service's YAML file.
type Config struct {
	PollEvery   time.Duration
	GiveUpAfter time.Duration
}

// Service owns the post-challenge flow.
type Service struct {
	store PaymentStore
	cfg   Config
}

func NewService(store PaymentStore, cfg Config) *Service {
	if cfg.PollEvery == 0 {
		cfg.PollEvery = 3 * time.Second
	}
	return &Service{store: store, cfg: cfg}
}

var ErrPaymentFailed = errors.New("sca: payment failed")

// firstChargeParams builds the PaymentIntent for the first invoice of a plan.
func firstChargeParams(customerID string, amount int64) *stripe.PaymentIntentParams {
	return &stripe.PaymentIntentParams{
		Amount:   stripe.Int64(amount),
		Currency: stripe.String("eur"),
		Customer: stripe.String(customerID),
		Confirm:  stripe.Bool(true),
	}
}
