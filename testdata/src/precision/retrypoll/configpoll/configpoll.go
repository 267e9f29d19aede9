// Package configpoll polls a payment with an interval from configuration, or
// with an exponential backoff that starts under 2s, with a deadline.
package configpoll

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Config struct {
	PollEvery   time.Duration
	PollTimeout time.Duration
}

var ErrTimeout = errors.New("payment still processing")

// WaitConfigured polls at the configured interval until a terminal state.
func WaitConfigured(ctx context.Context, cfg Config, id string) (*stripe.PaymentIntent, error) {
	ctx, cancel := context.WithTimeout(ctx, cfg.PollTimeout)
	defer cancel()
	t := time.NewTicker(cfg.PollEvery)
	defer t.Stop()
	for {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return pi, nil
		}
		select {
		case <-ctx.Done():
			return pi, ErrTimeout
		case <-t.C:
		}
	}
}

// WaitBackoff starts at 250ms and doubles up to 30s, for at most 10 minutes.
func WaitBackoff(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	wait := 250 * time.Millisecond
	deadline := time.Now().Add(10 * time.Minute)
	for time.Now().Before(deadline) {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return pi, nil
		}
		time.Sleep(wait)
		wait *= 2
		if wait > 30*time.Second {
			wait = 30 * time.Second
		}
	}
	return nil, ErrTimeout
}

// WaitLib uses backoff's exponential policy with an elapsed-time limit.
func WaitLib(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = 500 * time.Millisecond
	b.MaxElapsedTime = 5 * time.Minute
	var out *stripe.PaymentIntent
	err := backoff.Retry(func() error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled:
			out = pi
			return nil
		}
		return errors.New("pending")
	}, backoff.WithContext(b, ctx))
	return out, err
}

// WaitParam polls at an interval the caller passes.
func WaitParam(ctx context.Context, id string, every time.Duration) (*stripe.PaymentIntent, error) {
	for {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return pi, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(every):
		}
	}
}
