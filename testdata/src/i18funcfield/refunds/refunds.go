// Package refunds keeps stripe-go's refund call in a func-typed field of
// its own so tests can swap it. A call through an unexported field whose
// every value is the one SDK function (refund.New, or the client's
// V1Refunds.Create method value) is that SDK call: retried with no key,
// stripe-go adds a new random key to each attempt (reported). The same
// with a key set once, a field also given a caller's function, one set to
// a closure, and an exported field any package may set stay silent.
package refunds

import (
	"context"
	"time"

	"github.com/avast/retry-go/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"
)

type Refunder struct {
	create func(*stripe.RefundParams) (*stripe.Refund, error)
}

func NewRefunder() *Refunder {
	r := &Refunder{}
	r.create = refund.New
	return r
}

// Reported: retry-go re-runs refund.New with no key of ours.
func (r *Refunder) Refund(ctx context.Context, chargeID string, cents int64) error {
	return retry.Do(func() error {
		_, err := r.create(&stripe.RefundParams{Charge: stripe.String(chargeID), Amount: stripe.Int64(cents)}) // want `stripe refund.New is retried by retry.Do \(line 31\) without an idempotency key: stripe-go adds a new random key to each call`
		return err
	}, retry.Attempts(3), retry.Context(ctx))
}

// Look-alike: the key is made once from the charge, before the retries.
func (r *Refunder) RefundKeyed(ctx context.Context, chargeID string, cents int64) error {
	params := &stripe.RefundParams{Charge: stripe.String(chargeID), Amount: stripe.Int64(cents)}
	params.SetIdempotencyKey("refund-" + chargeID)
	return retry.Do(func() error {
		_, err := r.create(params)
		return err
	}, retry.Attempts(3), retry.Context(ctx))
}

// Desk holds the client's method value.
type Desk struct {
	create func(context.Context, *stripe.RefundCreateParams) (*stripe.Refund, error)
}

func NewDesk(sc *stripe.Client) *Desk {
	return &Desk{create: sc.V1Refunds.Create}
}

// Reported: a for loop re-sends the V1Refunds.Create held in the field.
func (d *Desk) Refund(ctx context.Context, pi string) error {
	var err error
	for try := 0; try < 3; try++ {
		if _, err = d.create(ctx, &stripe.RefundCreateParams{PaymentIntent: stripe.String(pi)}); err == nil { // want `stripe V1Refunds.Create is retried by a for loop \(line 59\) without an idempotency key: stripe-go adds a new random key to each call`
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// Swappable may be given a caller's function: what it calls is unknown.
type Swappable struct {
	create func(*stripe.RefundParams) (*stripe.Refund, error)
}

func NewSwappable(f func(*stripe.RefundParams) (*stripe.Refund, error)) *Swappable {
	s := &Swappable{create: refund.New}
	if f != nil {
		s.create = f
	}
	return s
}

// Look-alike: the field may hold the caller's fake.
func (s *Swappable) Refund(ctx context.Context, chargeID string) error {
	return retry.Do(func() error {
		_, err := s.create(&stripe.RefundParams{Charge: stripe.String(chargeID)})
		return err
	}, retry.Context(ctx))
}

// Logged wraps the SDK in a closure of its own: the field holds no SDK
// function itself.
type Logged struct {
	create func(*stripe.RefundParams) (*stripe.Refund, error)
}

func NewLogged() *Logged {
	return &Logged{create: func(p *stripe.RefundParams) (*stripe.Refund, error) { return nil, nil }}
}

// Look-alike: the field holds a closure.
func (l *Logged) Refund(ctx context.Context, chargeID string) error {
	return retry.Do(func() error {
		_, err := l.create(&stripe.RefundParams{Charge: stripe.String(chargeID)})
		return err
	}, retry.Context(ctx))
}

// Open's field is exported: any package may set it.
type Open struct {
	Create func(*stripe.RefundParams) (*stripe.Refund, error)
}

// Look-alike: an exported field, set where we cannot see.
func (o *Open) Refund(ctx context.Context, chargeID string) error {
	if o.Create == nil {
		o.Create = refund.New
	}
	return retry.Do(func() error {
		_, err := o.Create(&stripe.RefundParams{Charge: stripe.String(chargeID)})
		return err
	}, retry.Context(ctx))
}
