package stripe

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var errTimeout = errors.New("timed out")

func recreateOnTimeout(ctx context.Context, id string, params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	timeout := time.After(5 * time.Minute)
	tick := time.NewTicker(3 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-timeout:
			return paymentintent.New(params) // want `new payment created inside the loop that polls payment id \(line 19\)`
		case <-tick.C:
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return pi, nil
		}
	}
}

func newIntentEachRound(params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	for i := 0; i < 10; i++ {
		pi, err := paymentintent.New(params) // want `new payment created inside the loop that polls payment pi.ID`
		if err != nil {
			return nil, err
		}
		got, err := paymentintent.Get(pi.ID, nil)
		if err != nil {
			return nil, err
		}
		if got.Status == stripe.PaymentIntentStatusSucceeded {
			return got, nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil, errTimeout
}

func recreateWhileProcessing(sc *stripe.Client, ctx context.Context, id string, params *stripe.PaymentIntentCreateParams) error {
	for i := 0; i < 20; i++ {
		pi, err := sc.V1PaymentIntents.Retrieve(ctx, id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			np, err := sc.V1PaymentIntents.Create(ctx, params) // want `new payment created inside the loop that polls payment id`
			if err != nil {
				return err
			}
			id = np.ID
		}
		time.Sleep(5 * time.Second)
	}
	return errTimeout
}

// Silent look-alikes.

func freshSessionWhenExpired(ctx context.Context, id string, params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) {
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
		s, err := session.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if s.Status == stripe.CheckoutSessionStatusComplete {
			return s, nil
		}
		if s.Status == stripe.CheckoutSessionStatusExpired {
			return session.New(params)
		}
	}
}

func newIntentAfterCanceled(id string, params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	for i := 0; i < 60; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status != stripe.PaymentIntentStatusCanceled {
			if pi.Status == stripe.PaymentIntentStatusSucceeded {
				return pi, nil
			}
			time.Sleep(5 * time.Second)
			continue
		}
		return paymentintent.New(params)
	}
	return nil, errTimeout
}

func createAfterLoop(id string, params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	for i := 0; i < 60; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return pi, nil
		}
		if pi.Status == stripe.PaymentIntentStatusCanceled {
			break
		}
		time.Sleep(5 * time.Second)
	}
	return paymentintent.New(params)
}

func createOncePollLater(params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	pi, err := paymentintent.New(params)
	if err != nil {
		return nil, err
	}
	for i := 0; i < 60; i++ {
		got, err := paymentintent.Get(pi.ID, nil)
		if err != nil {
			return nil, err
		}
		if got.Status == stripe.PaymentIntentStatusSucceeded || got.Status == stripe.PaymentIntentStatusCanceled {
			return got, nil
		}
		time.Sleep(5 * time.Second)
	}
	return pi, nil
}

// A batch of orders: each round creates and checks a different payment.
func payEach(paramsList []*stripe.PaymentIntentParams) {
	for _, p := range paramsList {
		pi, err := paymentintent.New(p)
		if err != nil {
			continue
		}
		paymentintent.Get(pi.ID, nil)
		time.Sleep(100 * time.Millisecond)
	}
}
