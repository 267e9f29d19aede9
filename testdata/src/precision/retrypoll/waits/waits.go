// Package waits polls a payment with waits that are not a literal sleep in
// the loop: a helper, a rate limiter, a ticker passed in, a notification
// channel, Retry-After from the response, a backoff policy.
package waits

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var ErrStuck = errors.New("stuck")

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func done(s stripe.PaymentIntentStatus) bool {
	return s == stripe.PaymentIntentStatusSucceeded || s == stripe.PaymentIntentStatusCanceled
}

// Helper waits through a local helper.
func Helper(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	for {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if done(pi.Status) {
			return pi, nil
		}
		if err := sleepCtx(ctx, 3*time.Second); err != nil {
			return pi, err
		}
	}
}

type Limiter interface {
	Wait(ctx context.Context) error
}

// Limited waits on a shared rate limiter before each read.
func Limited(ctx context.Context, lim Limiter, id string) (*stripe.PaymentIntent, error) {
	for {
		if err := lim.Wait(ctx); err != nil {
			return nil, err
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if done(pi.Status) {
			return pi, nil
		}
	}
}

// TickerIn waits on a ticker made by the caller.
func TickerIn(ctx context.Context, t *time.Ticker, id string) (*stripe.PaymentIntent, error) {
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if done(pi.Status) {
			return pi, nil
		}
	}
}

// Notified re-reads the payment each time a webhook says it changed.
func Notified(ctx context.Context, changed <-chan struct{}, id string) (*stripe.PaymentIntent, error) {
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-changed:
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if done(pi.Status) {
			return pi, nil
		}
	}
}

// RetryAfter honours the provider's Retry-After header.
func RetryAfter(ctx context.Context, hc *http.Client, base, id string) error {
	for i := 0; i < 100; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/v1/payments/"+id+"/status", nil)
		resp, err := hc.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		switch resp.Header.Get("X-Payment-Status") {
		case "CONFIRMED", "FAILED":
			return nil
		}
		secs, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
		if secs < 2 {
			secs = 2
		}
		time.Sleep(time.Duration(secs) * time.Second)
	}
	return ErrStuck
}

// Policy asks a backoff policy for each wait.
func Policy(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	b := backoff.NewExponentialBackOff()
	for {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if done(pi.Status) {
			return pi, nil
		}
		d := b.NextBackOff()
		if d == backoff.Stop {
			return pi, ErrStuck
		}
		time.Sleep(d)
	}
}
