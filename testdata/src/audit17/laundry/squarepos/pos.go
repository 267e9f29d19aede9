// Package squarepos takes card payments at walk-in stores through Square.
package squarepos

import (
	"context"
	"errors"
	"net"
	"time"

	"github.com/cenkalti/backoff/v4"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"
)

// Terminal charges cards at a store counter.
type Terminal struct {
	sq         *sqclient.Client
	locationID string
	tries      uint64
}

// TerminalOption configures a Terminal.
type TerminalOption func(*Terminal)

// WithTries sets how many times a charge is attempted.
func WithTries(n uint64) TerminalOption { return func(t *Terminal) { t.tries = n } }

// NewTerminal returns a Terminal for a store location.
func NewTerminal(token, locationID string, opts ...TerminalOption) *Terminal {
	t := &Terminal{
		sq:         sqclient.NewClient(option.WithToken(token)),
		locationID: locationID,
		tries:      4,
	}
	for _, o := range opts {
		o(t)
	}
	return t
}

// Ticket is a counter sale.
type Ticket struct {
	ID        string
	SourceID  string
	AmountCts int64
	Currency  string
}

// Charge takes the card payment for a counter ticket. The POS tablet's
// connection is flaky, so the charge is re-sent with the same key.
func (t *Terminal) Charge(ctx context.Context, tk Ticket, key string) (*square.Payment, error) {
	cur := square.Currency(tk.Currency)
	req := &square.CreatePaymentRequest{
		SourceID:       tk.SourceID,
		IdempotencyKey: key,
		AmountMoney:    &square.Money{Amount: square.Int64(tk.AmountCts), Currency: &cur},
		OrderID:        square.String(tk.ID),
	}
	policy := backoff.WithContext(
		backoff.WithMaxRetries(backoff.NewConstantBackOff(200*time.Millisecond), t.tries), ctx)

	var pay *square.Payment
	err := backoff.Retry(func() error {
		resp, err := t.sq.Payments.Create(ctx, req) // want "\\[retrybackoff\\] square Payments.Create is retried by backoff.Retry \\(line 64\\) every 200ms"
		if err != nil {
			var ne net.Error
			if errors.As(err, &ne) {
				return err
			}
			return backoff.Permanent(err)
		}
		if len(resp.Errors) > 0 {
			return backoff.Permanent(errors.New("square: " + resp.Errors[0].Code))
		}
		pay = resp.Payment
		return nil
	}, policy)
	return pay, err
}
