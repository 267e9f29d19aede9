// Package boundshapes bounds payment polls in the other ways code does it:
// a context handed to the read, a counter outside the loop, a timeout
// channel made before the loop, a loop condition on the context.
package boundshapes

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var ErrStuck = errors.New("stuck")

func final(s stripe.PaymentIntentStatus) bool {
	return s == stripe.PaymentIntentStatusSucceeded || s == stripe.PaymentIntentStatusCanceled ||
		s == stripe.PaymentIntentStatusRequiresPaymentMethod
}

// CtxRead hands a deadline context to every read; its error leaves.
func CtxRead(ctx context.Context, sc *stripe.Client, id string) (*stripe.PaymentIntent, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	for {
		pi, err := sc.V1PaymentIntents.Retrieve(ctx, id, nil)
		if err != nil {
			return nil, err
		}
		if final(pi.Status) {
			return pi, nil
		}
		time.Sleep(5 * time.Second)
	}
}

// Counter counts tries in a variable declared before the loop.
func Counter(id string) (*stripe.PaymentIntent, error) {
	tries := 0
	for {
		tries++
		if tries > 30 {
			return nil, ErrStuck
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if final(pi.Status) {
			return pi, nil
		}
		time.Sleep(4 * time.Second)
	}
}

// TimeoutChan makes the timeout channel before the loop.
func TimeoutChan(id string) (*stripe.PaymentIntent, error) {
	timeout := time.After(5 * time.Minute)
	tick := time.NewTicker(3 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-timeout:
			return nil, ErrStuck
		case <-tick.C:
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if final(pi.Status) {
			return pi, nil
		}
	}
}

// CtxCond loops while the caller's context lives.
func CtxCond(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	for ctx.Err() == nil {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if final(pi.Status) {
			return pi, nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil, ctx.Err()
}

// Elapsed compares the time spent against a budget in the loop condition.
func Elapsed(id string, budget time.Duration) (*stripe.PaymentIntent, error) {
	start := time.Now()
	for time.Since(start) < budget {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if final(pi.Status) {
			return pi, nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil, ErrStuck
}
