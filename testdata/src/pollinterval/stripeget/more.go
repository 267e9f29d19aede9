package stripeget

import (
	"context"
	"time"

	"github.com/cenkalti/backoff/v4"
	backoffv5 "github.com/cenkalti/backoff/v5"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

func bareAfterReceive(id string) {
	for i := 0; i < 100; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded {
			return
		}
		<-time.After(100 * time.Millisecond) // want `payment status polled every 100ms`
	}
}

func timerReset(id string) {
	tm := time.NewTimer(200 * time.Millisecond)
	for i := 0; i < 100; i++ {
		<-tm.C
		pi, err := paymentintent.Get(id, nil)
		if err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded {
			return
		}
		tm.Reset(200 * time.Millisecond) // want `payment status polled every 200ms`
	}
}

func backoffTicker(id string) {
	tk := backoff.NewTicker(backoff.NewConstantBackOff(time.Second)) // want `payment status polled every 1s`
	defer tk.Stop()
	n := 0
	for range tk.C {
		pi, err := paymentintent.Get(id, nil)
		if err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded {
			return
		}
		if n++; n > 100 {
			return
		}
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

func sleepHelper(ctx context.Context, id string) error {
	for {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		if err := sleepCtx(ctx, 500*time.Millisecond); err != nil { // want `payment status polled every 500ms`
			return err
		}
	}
}

// Silent: a package variable may be set from a flag or a test.
var pollEvery = 500 * time.Millisecond

func packageVarInterval(id string) {
	for i := 0; i < 100; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded {
			return
		}
		time.Sleep(pollEvery)
	}
}

// Silent: the ticker is reset to a growing interval.
func tickerResetGrowing(id string) {
	every := time.Second
	t := time.NewTicker(every)
	defer t.Stop()
	for i := 0; i < 100; i++ {
		<-t.C
		pi, err := paymentintent.Get(id, nil)
		if err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded {
			return
		}
		every *= 2
		t.Reset(every)
	}
}

// Silent: suppressed with a reason.
func demoEnvironment(id string) {
	for i := 0; i < 10; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded {
			return
		}
		//paylint:ignore pollinterval the sandbox provider has no rate limit
		time.Sleep(100 * time.Millisecond)
	}
}

func v5Constant(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	return backoffv5.Retry(ctx, func() (*stripe.PaymentIntent, error) {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return nil, errPending
		}
		return pi, nil
	}, backoffv5.WithBackOff(backoffv5.NewConstantBackOff(time.Second))) // want `payment status polled every 1s`
}

// Silent: v5's default policy is exponential.
func v5Default(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	return backoffv5.Retry(ctx, func() (*stripe.PaymentIntent, error) {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			return nil, errPending
		}
		return pi, nil
	})
}

func rangeOverTicker(id string) {
	t := time.NewTicker(500 * time.Millisecond) // want `payment status polled every 500ms`
	defer t.Stop()
	for range t.C {
		pi, err := paymentintent.Get(id, nil)
		if err == nil && (pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled) {
			return
		}
	}
}

func rangeOverTick(id string) {
	for range time.Tick(time.Second) { // want `payment status polled every 1s`
		pi, err := paymentintent.Get(id, nil)
		if err == nil && (pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled) {
			return
		}
	}
}
