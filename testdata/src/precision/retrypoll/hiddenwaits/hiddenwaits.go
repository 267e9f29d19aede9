// Package hiddenwaits waits between payment reads in ways that are not a
// direct time.Sleep call: a receive from time.After as a statement, a
// timer reset, an injectable sleep variable, a clock interface, a plain
// channel receive.
package hiddenwaits

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var ErrStuck = errors.New("stuck")

// sleep is replaced in tests.
var sleep = time.Sleep

type Clock interface {
	Sleep(d time.Duration)
	After(d time.Duration) <-chan time.Time
}

func final(s stripe.PaymentIntentStatus) bool {
	return s == stripe.PaymentIntentStatusSucceeded || s == stripe.PaymentIntentStatusCanceled
}

// AfterStmt waits with a bare receive from time.After.
func AfterStmt(id string) (*stripe.PaymentIntent, error) {
	for i := 0; i < 50; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if final(pi.Status) {
			return pi, nil
		}
		<-time.After(3 * time.Second)
	}
	return nil, ErrStuck
}

// TimerReset reuses one timer.
func TimerReset(id string) (*stripe.PaymentIntent, error) {
	t := time.NewTimer(0)
	defer t.Stop()
	for i := 0; i < 50; i++ {
		<-t.C
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if final(pi.Status) {
			return pi, nil
		}
		t.Reset(3 * time.Second)
	}
	return nil, ErrStuck
}

// Injected sleeps through a package variable tests replace.
func Injected(id string) (*stripe.PaymentIntent, error) {
	for i := 0; i < 50; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if final(pi.Status) {
			return pi, nil
		}
		sleep(3 * time.Second)
	}
	return nil, ErrStuck
}

// Clocked sleeps through a clock interface.
func Clocked(c Clock, id string) (*stripe.PaymentIntent, error) {
	for i := 0; i < 50; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if final(pi.Status) {
			return pi, nil
		}
		c.Sleep(3 * time.Second)
	}
	return nil, ErrStuck
}

// ClockAfter selects on a clock's After.
func ClockAfter(ctx context.Context, c Clock, id string) (*stripe.PaymentIntent, error) {
	for {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if final(pi.Status) {
			return pi, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-c.After(3 * time.Second):
		}
	}
}

// Signalled waits for a signal between reads.
func Signalled(ctx context.Context, changed <-chan struct{}, id string) (*stripe.PaymentIntent, error) {
	for i := 0; i < 50; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return nil, err
		}
		if final(pi.Status) {
			return pi, nil
		}
		<-changed
	}
	return nil, ErrStuck
}
