// Package payouts pays instructors their monthly earnings through Stripe
// Connect transfers.
package payouts

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/transfer"

	"audit15/academy/domain"
	"audit15/academy/kit"
)

// EarningsStore is the earnings ledger the worker reads and settles.
type EarningsStore interface {
	Unpaid(ctx context.Context, before time.Time) ([]domain.Earning, error)
	MarkTransferred(ctx context.Context, id int64, transferID string) error
}

// Worker sends the monthly instructor payouts.
type Worker struct {
	earnings EarningsStore
	send     func(*stripe.TransferParams) (*stripe.Transfer, error)
	log      *slog.Logger
	maxTries uint64
}

// Option configures the Worker.
type Option func(*Worker)

// WithMaxTries bounds the attempts per transfer.
func WithMaxTries(n uint64) Option { return func(w *Worker) { w.maxTries = n } }

func NewWorker(earnings EarningsStore, log *slog.Logger, opts ...Option) *Worker {
	w := &Worker{earnings: earnings, send: transfer.New, log: log, maxTries: 5}
	for _, o := range opts {
		o(w)
	}
	return w
}

func permanentStripe(err error) error {
	var se *stripe.Error
	if errors.As(err, &se) && (se.Type == stripe.ErrorTypeInvalidRequest || se.Type == stripe.ErrorTypeCard) {
		return backoff.Permanent(err)
	}
	return err
}

// RunMonthly transfers every unpaid earnings row older than the cut-off.
func (w *Worker) RunMonthly(ctx context.Context, cutoff time.Time) error {
	rows, err := w.earnings.Unpaid(ctx, cutoff)
	if err != nil {
		return err
	}
	for _, e := range rows {
		policy := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), w.maxTries), ctx)
		var tr *stripe.Transfer
		err := backoff.RetryNotify(func() error {
			params := &stripe.TransferParams{
				Amount:      stripe.Int64(e.AmountMinor),
				Currency:    stripe.String(e.Currency),
				Destination: stripe.String(e.ConnectAccountID),
			}
			params.AddMetadata("earning_id", strconv.FormatInt(e.ID, 10))
			var err error
			tr, err = w.send(params) // want "\\[idempotency\\] stripe transfer.New is retried by backoff.RetryNotify \\(line 66\\) without an idempotency key: stripe-go adds a new random key to each call"
			return permanentStripe(err)
		}, policy, func(err error, d time.Duration) {
			w.log.Warn("transfer retry", "earning", e.ID, "in", d, "err", err)
		})
		if err != nil {
			w.log.Error("transfer failed", "earning", e.ID, "err", err)
			continue
		}
		if err := w.earnings.MarkTransferred(ctx, e.ID, tr.ID); err != nil {
			return fmt.Errorf("mark earning %d: %w", e.ID, err)
		}
	}
	return nil
}

// Resend pays out one earnings row on an operator's request, after the
// monthly run reported it failed.
func (w *Worker) Resend(ctx context.Context, e domain.Earning) error {
	params := &stripe.TransferParams{
		Amount:      stripe.Int64(e.AmountMinor),
		Currency:    stripe.String(e.Currency),
		Destination: stripe.String(e.ConnectAccountID),
	}
	params.SetIdempotencyKey("earning-" + strconv.FormatInt(e.ID, 10))
	var tr *stripe.Transfer
	err := kit.Retry(ctx, 4, 2*time.Second, func(context.Context) error {
		var err error
		tr, err = w.send(params)
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode >= 400 && se.HTTPStatusCode < 500 && se.HTTPStatusCode != 429 {
			return kit.Permanent{Err: err}
		}
		return err
	})
	if err != nil {
		return err
	}
	return w.earnings.MarkTransferred(ctx, e.ID, tr.ID)
}
