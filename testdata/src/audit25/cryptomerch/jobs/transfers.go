package jobs

import (
	"context"
	"log/slog"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/transfer"

	"audit25/cryptomerch/store"
)

// ConnectTransfers pays creators who onboarded with a Stripe connected account.
type ConnectTransfers struct {
	payouts *store.Payouts
}

// NewConnectTransfers returns the job.
func NewConnectTransfers(payouts *store.Payouts) *ConnectTransfers {
	return &ConnectTransfers{payouts: payouts}
}

// Sync transfers every pending connect payout; run from the scheduler.
func (j *ConnectTransfers) Sync() {
	ctx := context.Background()
	rows, err := j.payouts.Pending(ctx, "stripe", 100)
	if err != nil {
		slog.Error("transfers: list", "err", err)
		return
	}
	for _, p := range rows {
		if ok, err := j.payouts.Claim(ctx, p.ID); err != nil || !ok {
			continue
		}
		tr, err := j.transfer(ctx, p)
		if err != nil {
			slog.Error("transfer", "id", p.ID, "err", err)
			_ = j.payouts.SetStatus(ctx, p.ID, store.PayoutFailed)
			continue
		}
		_ = j.payouts.MarkSent(ctx, p.ID, tr.ID)
	}
}

func (j *ConnectTransfers) transfer(ctx context.Context, p store.Payout) (*stripe.Transfer, error) {
	params := &stripe.TransferParams{
		Amount:      stripe.Int64(p.AmountUnits / 10000),
		Currency:    stripe.String("usd"),
		Destination: stripe.String(p.BankRef),
	}
	params.Context = ctx
	params.SetIdempotencyKey("creator-transfer-" + p.ID)
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		var tr *stripe.Transfer
		tr, err = transfer.New(params) // want "\\[retrybackoff\\] stripe transfer\\.New is retried by a for loop \\(line 55\\) every 250ms, a fixed"
		if err == nil {
			return tr, nil
		}
		time.Sleep(250 * time.Millisecond)
	}
	return nil, err
}
