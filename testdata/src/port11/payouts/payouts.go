// Package payouts pays sellers their balance through whichever provider
// main wires in; it never sees the provider's package.
package payouts

import (
	"context"
	"fmt"
	"time"
)

// Payout is one transfer to a seller.
type Payout struct {
	Seller         string
	AmountMinor    int64
	Currency       string
	Reference      string
	IdempotencyKey string
}

// Sender sends a payout to the provider.
type Sender interface {
	Send(ctx context.Context, p Payout) (string, error)
}

// Notifier tells a seller about a payout.
type Notifier interface {
	Send(ctx context.Context, p Payout) (string, error)
}

// Runner pays the balances due.
type Runner struct {
	sender Sender
	notify Notifier
}

// Option configures a Runner.
type Option func(*Runner)

// WithSender sets the provider.
func WithSender(s Sender) Option { return func(r *Runner) { r.sender = s } }

// WithNotifier sets the seller notifier.
func WithNotifier(n Notifier) Option { return func(r *Runner) { r.notify = n } }

// New returns a Runner.
func New(opts ...Option) *Runner {
	r := &Runner{}
	for _, o := range opts {
		o(r)
	}
	return r
}

// Pay retries each payout with a growing wait but hands the provider no
// key: the implementation main binds decides whether that is safe.
func (r *Runner) Pay(ctx context.Context, seller string, amount int64) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		_, err = r.sender.Send(ctx, Payout{Seller: seller, AmountMinor: amount, Currency: "EUR", Reference: "bal-" + seller})
		if err == nil {
			return nil
		}
		time.Sleep(time.Duration(1<<attempt) * 2 * time.Second)
	}
	return err
}

// Tell retries the seller's notice: a mail, not a payment.
func (r *Runner) Tell(ctx context.Context, seller string) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = r.notify.Send(ctx, Payout{Seller: seller, Reference: "notice-" + seller}); err == nil {
			return nil
		}
		time.Sleep(time.Duration(1<<attempt) * 2 * time.Second)
	}
	return err
}

// Refunds sends refunds of payouts, keyed once before the retry.
type Refunds struct{ sender Sender }

// NewRefunds returns Refunds.
func NewRefunds(s Sender) *Refunds { return &Refunds{sender: s} }

// Reverse makes the key once, outside the loop: every attempt sends it.
func (f *Refunds) Reverse(ctx context.Context, seller, payoutID string, amount int64) error {
	p := Payout{Seller: seller, AmountMinor: -amount, Currency: "EUR", Reference: "rev-" + payoutID, IdempotencyKey: "reverse-" + payoutID}
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = f.sender.Send(ctx, p); err == nil {
			return nil
		}
		time.Sleep(time.Duration(1<<attempt) * 2 * time.Second)
	}
	return err
}

// Bonuses pays sign-up bonuses.
type Bonuses struct{ sender Sender }

// NewBonuses returns Bonuses.
func NewBonuses(s Sender) *Bonuses { return &Bonuses{sender: s} }

// Grant builds the key inside the loop: a new key on every attempt.
func (b *Bonuses) Grant(ctx context.Context, seller string) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		p := Payout{Seller: seller, AmountMinor: 500, Currency: "EUR", Reference: "bonus-" + seller,
			IdempotencyKey: fmt.Sprintf("bonus-%s-%d", seller, time.Now().UnixNano())}
		if _, err = b.sender.Send(ctx, p); err == nil {
			return nil
		}
		time.Sleep(time.Duration(1<<attempt) * 2 * time.Second)
	}
	return err
}

// Router pays through the provider each seller's country uses.
type Router struct{ senders map[string]Sender }

// NewRouter returns a Router.
func NewRouter(senders map[string]Sender) *Router { return &Router{senders: senders} }

// Pay picks the provider, then retries it with a key made once.
func (r *Router) Pay(ctx context.Context, country, seller, payoutID string, amount int64) error {
	s, ok := r.senders[country]
	if !ok {
		return fmt.Errorf("no provider for %s", country)
	}
	p := Payout{Seller: seller, AmountMinor: amount, Currency: "EUR", Reference: payoutID, IdempotencyKey: "payout-" + payoutID}
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = s.Send(ctx, p); err == nil {
			return nil
		}
		time.Sleep(time.Duration(1<<attempt) * 2 * time.Second)
	}
	return err
}
