// Package payout pays sellers their balance through whichever provider
// main binds to its Gateway port.
package payout

import (
	"context"
	"time"
)

// Transfer is one payout to a seller.
type Transfer struct {
	Seller      string
	AmountMinor int64
	Currency    string
	// CorrelationID, when set, is sent as the provider's idempotency key.
	CorrelationID string
}

// Gateway sends a payout.
type Gateway interface {
	Send(ctx context.Context, t Transfer) (string, error)
}

// Notifier tells a seller about a payout.
type Notifier interface {
	Send(ctx context.Context, t Transfer) (string, error)
}

// Runner pays the balances due.
type Runner struct {
	gateway Gateway
	notify  Notifier
	tries   int
}

// NewRunner returns a Runner that tries each payout up to tries times.
func NewRunner(g Gateway, n Notifier, tries int) *Runner {
	return &Runner{gateway: g, notify: n, tries: tries}
}

// Pay sends the seller's balance, waiting longer after each failure.
func (r *Runner) Pay(ctx context.Context, seller string, amountMinor int64) (string, error) {
	t := Transfer{Seller: seller, AmountMinor: amountMinor, Currency: "EUR"}
	var err error
	for attempt := 0; attempt < r.tries; attempt++ {
		var id string
		if id, err = r.gateway.Send(ctx, t); err == nil {
			return id, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(time.Duration(1<<attempt) * 2 * time.Second):
		}
	}
	return "", err
}

// Tell retries the seller's notice: a mail, not a payment.
func (r *Runner) Tell(ctx context.Context, seller string) error {
	t := Transfer{Seller: seller}
	var err error
	for attempt := 0; attempt < r.tries; attempt++ {
		if _, err = r.notify.Send(ctx, t); err == nil {
			return nil
		}
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return err
}
