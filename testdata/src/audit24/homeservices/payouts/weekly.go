// Package payouts moves money to pros: the weekly Connect transfer run,
// instant payouts, tip transfers and the capture sweep.
package payouts

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/payout"
	"github.com/stripe/stripe-go/v82/transfer"

	"audit24/homeservices/domain"
)

// Store is the payout repository.
type Store interface {
	Pending(ctx context.Context) ([]domain.Payout, error)
	MarkSent(ctx context.Context, id, transferID string) error
	Bump(ctx context.Context, id string) error
	Pro(ctx context.Context, id string) (domain.Pro, error)
}

// Weekly sends each pro's pending balance to their connected account.
type Weekly struct {
	store Store
	day   time.Weekday
	log   *slog.Logger
}

func NewWeekly(store Store, day time.Weekday, log *slog.Logger) *Weekly {
	return &Weekly{store: store, day: day, log: log}
}

// Run wakes up hourly and does the run on payout day. Rows that fail stay
// pending and are picked up on the next pass.
func (w *Weekly) Run(ctx context.Context) error {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if time.Now().Weekday() == w.day {
			if err := w.process(ctx); err != nil {
				w.log.Error("payout run", "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (w *Weekly) process(ctx context.Context) error {
	rows, err := w.store.Pending(ctx)
	if err != nil {
		return err
	}
	for _, p := range rows {
		pro, err := w.store.Pro(ctx, p.ProID)
		if err != nil {
			w.log.Warn("payout pro", "payout", p.ID, "err", err)
			continue
		}
		params := &stripe.TransferParams{
			Amount:      stripe.Int64(p.AmountCents),
			Currency:    stripe.String(p.Currency),
			Destination: stripe.String(pro.StripeAccountID),
		}
		params.SetIdempotencyKey("weekly-payout-" + p.ID)
		tr, err := transfer.New(params) // audit: lookalike idempotency: a row left pending is sent again next pass, but under the key made from the payout row's id
		if err != nil {
			_ = w.store.Bump(ctx, p.ID)
			w.log.Warn("transfer failed", "payout", p.ID, "err", err)
			continue
		}
		if err := w.store.MarkSent(ctx, p.ID, tr.ID); err != nil {
			return err
		}
	}
	return nil
}

// Instant pays a pro out from their connected balance right away (the
// "cash out now" button, AU and US only).
func Instant(ctx context.Context, pro domain.Pro, cents int64, requestID string) (*stripe.Payout, error) {
	params := &stripe.PayoutParams{
		Amount:   stripe.Int64(cents),
		Currency: stripe.String(pro.Region.Currency()),
	}
	params.SetStripeAccount(pro.StripeAccountID)
	params.SetIdempotencyKey("instant-" + requestID)
	var lastErr error
	for i := 0; i < 3; i++ {
		po, err := payout.New(params) // want "\\[retrybackoff\\] stripe payout\\.New is retried by a for loop \\(line 96\\) every 200ms, a fixed"
		if err == nil {
			return po, nil
		}
		lastErr = err
		time.Sleep(200 * time.Millisecond) // audit: reported at payouts/weekly.go:97, the retried payout (retrybackoff): the payout is sent again after a fixed 200ms that does not grow (also arguable at payout.New)
	}
	return nil, fmt.Errorf("instant payout for %s: %w", pro.ID, lastErr)
}
