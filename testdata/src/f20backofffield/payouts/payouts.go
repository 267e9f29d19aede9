// Package payouts sends Stripe refunds under go-retry policies that the
// senders keep as factories in their fields.
package payouts

import (
	"context"
	"time"

	"github.com/sethvargo/go-retry"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"
)

// Refunder makes a fresh go-retry policy per refund from its field.
type Refunder struct {
	policy func() retry.Backoff
}

// NewRefunder sets a constant half-second policy.
func NewRefunder() *Refunder {
	r := &Refunder{}
	r.policy = func() retry.Backoff { return retry.WithMaxRetries(4, retry.NewConstant(500*time.Millisecond)) }
	return r
}

// Refund is retried every 500ms: reported.
func (r *Refunder) Refund(ctx context.Context, pi string) error {
	return retry.Do(ctx, r.policy(), func(ctx context.Context) error {
		p := &stripe.RefundParams{PaymentIntent: stripe.String(pi)}
		p.SetIdempotencyKey("refund-" + pi)
		if _, err := refund.New(p); err != nil { // want `stripe refund.New is retried by retry.Do \(line 28\) every 500ms, a fixed wait`
			return retry.RetryableError(err)
		}
		return nil
	})
}

// Growing keeps an exponential policy from 1s: silent.
type Growing struct {
	policy func() retry.Backoff
}

// NewGrowing sets it in a keyed literal.
func NewGrowing() *Growing {
	return &Growing{policy: func() retry.Backoff {
		return retry.WithMaxRetries(4, retry.NewExponential(time.Second))
	}}
}

// Refund backs off exponentially.
func (g *Growing) Refund(ctx context.Context, pi string) error {
	return retry.Do(ctx, g.policy(), func(ctx context.Context) error {
		p := &stripe.RefundParams{PaymentIntent: stripe.String(pi)}
		p.SetIdempotencyKey("refund-" + pi)
		if _, err := refund.New(p); err != nil {
			return retry.RetryableError(err)
		}
		return nil
	})
}

// Tunable lets an option replace the constant policy: which one runs is
// not known. Silent.
type Tunable struct {
	policy func() retry.Backoff
}

// NewTunable sets a constant policy that WithPolicy may replace.
func NewTunable() *Tunable {
	return &Tunable{policy: func() retry.Backoff { return retry.NewConstant(200 * time.Millisecond) }}
}

// WithPolicy replaces the policy with the caller's.
func (t *Tunable) WithPolicy(p func() retry.Backoff) *Tunable {
	t.policy = p
	return t
}

// Refund runs whichever policy is set.
func (t *Tunable) Refund(ctx context.Context, pi string) error {
	return retry.Do(ctx, t.policy(), func(ctx context.Context) error {
		p := &stripe.RefundParams{PaymentIntent: stripe.String(pi)}
		p.SetIdempotencyKey("refund-" + pi)
		if _, err := refund.New(p); err != nil {
			return retry.RetryableError(err)
		}
		return nil
	})
}

// Open exports its factory: callers set it. Silent.
type Open struct {
	Policy func() retry.Backoff
}

// NewOpen sets a constant default.
func NewOpen() *Open {
	return &Open{Policy: func() retry.Backoff { return retry.NewConstant(200 * time.Millisecond) }}
}

// Refund runs the exported policy.
func (o *Open) Refund(ctx context.Context, pi string) error {
	return retry.Do(ctx, o.Policy(), func(ctx context.Context) error {
		p := &stripe.RefundParams{PaymentIntent: stripe.String(pi)}
		p.SetIdempotencyKey("refund-" + pi)
		if _, err := refund.New(p); err != nil {
			return retry.RetryableError(err)
		}
		return nil
	})
}
