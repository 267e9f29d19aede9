// Package worker runs the marina's background jobs on machinery: charter
// owner payouts, weather cancellations and gate-code messages.
package worker

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/sethvargo/go-retry"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/transfer"

	"audit19/marina/store"
)

// Payouts pays charter owners their share through Stripe Connect.
type Payouts struct {
	bookings   *store.Bookings
	accounts   map[string]string // owner id -> Connect account
	commission int64
}

// NewPayouts returns the payout job.
func NewPayouts(b *store.Bookings, accounts map[string]string, commission int64) *Payouts {
	return &Payouts{bookings: b, accounts: accounts, commission: commission}
}

// Run transfers the owner's share of every settled booking.
func (p *Payouts) Run(ctx context.Context) error {
	due, err := p.bookings.Settled(ctx, time.Now().Add(-48*time.Hour))
	if err != nil {
		return err
	}
	for _, bk := range due {
		acct, ok := p.accounts[bk.OwnerID]
		if !ok {
			log.Printf("payouts: owner %s has no Connect account", bk.OwnerID)
			continue
		}
		tr, err := p.transferShare(ctx, bk, acct)
		if err != nil {
			log.Printf("payouts: booking %s: %v", bk.ID, err)
			continue
		}
		if err := p.bookings.SetPayout(ctx, bk.ID, tr.ID); err != nil {
			return fmt.Errorf("payout %s made as %s but not saved: %w", bk.ID, tr.ID, err)
		}
	}
	return nil
}

func (p *Payouts) transferShare(ctx context.Context, bk store.Booking, acct string) (*stripe.Transfer, error) {
	params := &stripe.TransferParams{
		Amount:      stripe.Int64(bk.AmountCents * (100 - p.commission) / 100),
		Currency:    stripe.String(bk.Currency),
		Destination: stripe.String(acct),
	}
	params.Context = ctx
	params.SetIdempotencyKey("owner-payout-" + bk.ID)

	b := retry.WithMaxRetries(5, retry.NewConstant(250*time.Millisecond))
	return retry.DoValue(ctx, b, func(ctx context.Context) (*stripe.Transfer, error) {
		tr, err := transfer.New(params) // want "\\[retrybackoff\\] stripe transfer.New is retried by retry.DoValue \\(line 64\\) every 250ms"
		if err != nil {
			return nil, retry.RetryableError(err)
		}
		return tr, nil
	})
}
