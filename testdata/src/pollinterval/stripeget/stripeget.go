package stripeget

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"pollinterval/pollconst"
)

var errPending = errors.New("payment still pending")

func sleepHalfSecond(ctx context.Context, id string) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
			return nil
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms: the provider's limit is one poll per 2s; wait at least 2s, and back off while PENDING`
	}
}

func tickerConstInOtherPackage(ctx context.Context, id string) error {
	t := time.NewTicker(pollconst.Every) // want `payment status polled every 1s: the provider's limit is one poll per 2s`
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
	}
}

func afterInSelect(ctx context.Context, id string) error {
	for {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status != stripe.PaymentIntentStatusProcessing {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(250) * time.Millisecond): // want `payment status polled every 250ms`
		}
	}
}

func tickerReset(ctx context.Context, id string) error {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for range 100 {
		<-t.C
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		t.Reset(1500 * time.Millisecond) // want `payment status polled every 1.5s`
	}
	return errPending
}

func constantBackoff(id string) error {
	b := backoff.WithMaxRetries(backoff.NewConstantBackOff(300*time.Millisecond), 50) // want `payment status polled every 300ms`
	return backoff.Retry(func() error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return errPending
		}
		return nil
	}, b)
}

func busyLoop(id string) *stripe.PaymentIntent {
	for i := 0; i < 1000; i++ {
		pi, err := paymentintent.Get(id, nil) // want `payment status polled in a busy loop with no wait between reads`
		if err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded {
			return pi
		}
	}
	return nil
}

func localOnce(sc *stripe.Client, ctx context.Context, id string) error {
	every := 750 * time.Millisecond
	for {
		pi, err := sc.V1PaymentIntents.Retrieve(ctx, id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		time.Sleep(every) // want `payment status polled every 750ms`
	}
}

// Silent look-alikes.

func twoSeconds(ctx context.Context, id string) error {
	for {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
}

func growingFromQuickStart(id string) error {
	wait := 200 * time.Millisecond
	for i := 0; i < 30; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		time.Sleep(wait)
		wait = min(wait*2, 30*time.Second)
	}
	return errPending
}

func slowDownWhenPending(id string) error {
	wait := 500 * time.Millisecond
	for i := 0; i < 30; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled:
			return nil
		case stripe.PaymentIntentStatusProcessing:
			wait = 5 * time.Second
		}
		time.Sleep(wait)
	}
	return errPending
}

func exponentialBackoff(id string) error {
	return backoff.Retry(func() error {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return errPending
		}
		return nil
	}, backoff.NewExponentialBackOff(backoff.WithInitialInterval(100*time.Millisecond)))
}

func intervalParam(id string, every time.Duration) error {
	for i := 0; i < 30; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		time.Sleep(every)
	}
	return errPending
}

type poller struct{ every time.Duration }

func (p *poller) intervalField(id string) error {
	for i := 0; i < 30; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		time.Sleep(p.every)
	}
	return errPending
}

type order struct{ PaymentIntentID string }

func batchOfOrders(orders []order) {
	for _, o := range orders {
		pi, err := paymentintent.Get(o.PaymentIntentID, nil)
		if err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded {
			println(o.PaymentIntentID)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

type db interface{ Ping() error }

func waitForDB(d db) {
	for {
		if d.Ping() == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func retryTheRead(id string) (*stripe.PaymentIntent, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.Get(id, nil)
		if err == nil {
			return pi, nil
		}
		lastErr = err
		time.Sleep(200 * time.Millisecond)
	}
	return nil, lastErr
}
