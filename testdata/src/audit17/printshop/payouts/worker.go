// Package payouts pays creators their royalties through Stripe Connect and
// runs the shop's scheduled jobs.
package payouts

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/avast/retry-go/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/transfer"

	"audit17/printshop/store"
)

// Worker transfers unpaid royalties to the creators' connected accounts.
type Worker struct {
	royalties *store.Royalties
	send      func(*stripe.TransferParams) (*stripe.Transfer, error)
	batch     int
}

// NewWorker returns a royalty payout worker.
func NewWorker(r *store.Royalties) *Worker {
	return &Worker{royalties: r, send: transfer.New, batch: 100}
}

// RunOnce pays one batch of unpaid royalty rows.
func (w *Worker) RunOnce(ctx context.Context) error {
	rows, err := w.royalties.Unpaid(ctx, w.batch)
	if err != nil {
		return err
	}
	for _, row := range rows {
		if err := w.pay(ctx, row); err != nil {
			log.Printf("payouts: royalty %d: %v", row.ID, err)
		}
	}
	return nil
}

func (w *Worker) pay(ctx context.Context, row store.Royalty) error {
	params := &stripe.TransferParams{
		Amount:      stripe.Int64(row.AmountCents),
		Currency:    stripe.String(string(stripe.CurrencyUSD)),
		Destination: stripe.String(row.ConnectAcct),
	}
	params.Context = ctx
	params.AddMetadata("royalty_id", fmt.Sprint(row.ID))
	var tr *stripe.Transfer
	err := retry.Do(func() error {
		var err error
		tr, err = w.send(params) // want "\\[idempotency\\] stripe transfer.New is retried by retry.Do \\(line 53\\) without an idempotency key"
		return err
	}, retry.Attempts(4), retry.Delay(2*time.Second), retry.Context(ctx))
	if err != nil {
		return err
	}
	_, err = w.royalties.MarkTransferred(ctx, row.ID, tr.ID)
	return err
}

// PayBonus pays a creator a one-off campaign bonus.
func PayBonus(ctx context.Context, campaignID, creatorID, acct string, cents int64) (*stripe.Transfer, error) {
	params := &stripe.TransferParams{
		Amount:      stripe.Int64(cents),
		Currency:    stripe.String(string(stripe.CurrencyUSD)),
		Destination: stripe.String(acct),
	}
	params.Context = ctx
	params.SetIdempotencyKey("bonus-" + campaignID + "-" + creatorID)
	return retry.DoWithData(func() (*stripe.Transfer, error) {
		return transfer.New(params)
	}, retry.Attempts(4), retry.Context(ctx))
}
