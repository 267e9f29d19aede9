// Package v72lib uses stripe-go v72's client.API, retry-go v5 and
// sethvargo's DoValue with keys made once, and polls with a bound.
package v72lib

import (
	"context"
	"errors"
	"time"

	retryv5 "github.com/avast/retry-go/v5"
	"github.com/sethvargo/go-retry"
	stripe "github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/client"
)

var ErrPending = errors.New("pending")

type Service struct {
	SC *client.API
}

// Charge retries with retry-go v5 and a key from the order.
func (s *Service) Charge(ctx context.Context, orderID string, amount int64) error {
	key := "order-" + orderID
	return retryv5.New(retryv5.Attempts(3), retryv5.Context(ctx)).Do(func() error {
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount), Currency: stripe.String("usd")}
		p.SetIdempotencyKey(key)
		_, err := s.SC.PaymentIntents.New(p)
		return err
	})
}

// Refund retries with sethvargo's DoValue and a key made once.
func (s *Service) Refund(ctx context.Context, piID string) (*stripe.Refund, error) {
	key := "refund-" + piID
	b := retry.WithMaxRetries(3, retry.NewExponential(time.Second))
	return retry.DoValue(ctx, b, func(ctx context.Context) (*stripe.Refund, error) {
		p := &stripe.RefundParams{PaymentIntent: stripe.String(piID)}
		p.IdempotencyKey = stripe.String(key)
		r, err := s.SC.Refunds.New(p)
		if err != nil {
			return nil, retry.RetryableError(err)
		}
		return r, nil
	})
}

// Await polls through the v72 client every 5s for at most 60 rounds.
func (s *Service) Await(id string) (*stripe.PaymentIntent, error) {
	for i := 0; i < 60; i++ {
		pi, err := s.SC.PaymentIntents.Get(id, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled:
			return pi, nil
		}
		time.Sleep(5 * time.Second)
	}
	return nil, ErrPending
}
