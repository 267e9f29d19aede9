// Package kiosk waits at the counter for card payments through pollkit's
// bounded poller, whose interval is a field it fills.
package kiosk

import (
	"context"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"pollfieldhelper/pollkit"
)

func final(pi *stripe.PaymentIntent) bool {
	return pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled
}

func read(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	return paymentintent.Get(id, nil)
}

// WaitAtCounter polls twice a second so the screen updates fast.
func WaitAtCounter(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	p := &pollkit.BoundedPoller[*stripe.PaymentIntent]{
		Every:   500 * time.Millisecond, // want `payment status polled every 500ms`
		Timeout: 2 * time.Minute,
		Fetch:   func(ctx context.Context) (*stripe.PaymentIntent, error) { return read(ctx, id) },
		Done:    final,
	}
	return p.Until(ctx)
}

// WaitNoInterval forgets the interval: the poller reads again at once.
func WaitNoInterval(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	p := &pollkit.BoundedPoller[*stripe.PaymentIntent]{
		Timeout: 2 * time.Minute,
		Fetch: func(ctx context.Context) (*stripe.PaymentIntent, error) {
			return paymentintent.Get(id, nil) // want `payment status polled in a busy loop with no wait between reads`
		},
		Done: final,
	}
	return p.Until(ctx)
}

// WaitPolitely waits 3s between reads: silent.
func WaitPolitely(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	p := &pollkit.BoundedPoller[*stripe.PaymentIntent]{
		Every:   3 * time.Second,
		Timeout: 10 * time.Minute,
		Fetch:   func(ctx context.Context) (*stripe.PaymentIntent, error) { return read(ctx, id) },
		Done:    final,
	}
	return p.Until(ctx)
}

// WaitConfigured takes the interval from configuration: unknown, silent.
func WaitConfigured(ctx context.Context, id string, every time.Duration) (*stripe.PaymentIntent, error) {
	p := &pollkit.BoundedPoller[*stripe.PaymentIntent]{
		Every:   every,
		Timeout: 10 * time.Minute,
		Fetch:   func(ctx context.Context) (*stripe.PaymentIntent, error) { return read(ctx, id) },
		Done:    final,
	}
	return p.Until(ctx)
}

// PollShortThenSet sets the interval after the literal: what Until waits
// is not the literal's value, silent.
func PollShortThenSet(ctx context.Context, id string, every time.Duration) (*stripe.PaymentIntent, error) {
	p := &pollkit.BoundedPoller[*stripe.PaymentIntent]{
		Every:   100 * time.Millisecond,
		Timeout: 10 * time.Minute,
		Fetch:   func(ctx context.Context) (*stripe.PaymentIntent, error) { return read(ctx, id) },
		Done:    final,
	}
	p.Every = every
	return p.Until(ctx)
}
