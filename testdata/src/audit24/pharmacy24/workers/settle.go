// Package workers runs the scheduled jobs and queue consumers.
package workers

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/cenkalti/backoff/v4"

	"audit24/pharmacy24/platform"
	"audit24/pharmacy24/razorpayx"
	"audit24/pharmacy24/store"
)

// Settlement pays partner pharmacies what they are owed.
type Settlement struct {
	ledger *store.Ledger
	x      *razorpayx.Client
	log    *slog.Logger
}

func NewSettlement(ledger *store.Ledger, x *razorpayx.Client) *Settlement {
	return &Settlement{ledger: ledger, x: x, log: slog.Default()}
}

func (s *Settlement) Run() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	due, err := s.ledger.DuePayouts(ctx)
	if err != nil {
		s.log.Error("settlement: list", "err", err)
		return
	}
	for _, p := range due {
		s.process(ctx, p)
	}
}

func (s *Settlement) process(ctx context.Context, p store.Payout) {
	bo := backoff.NewExponentialBackOff()
	bo.InitialInterval = 2 * time.Second
	bo.MaxElapsedTime = 3 * time.Minute
	res, err := backoff.RetryWithData(func() (*razorpayx.PayoutResult, error) {
		out, err := s.x.CreatePayout(ctx, razorpayx.Payout{ // want "\\[idempotency\\] razorpayx\\.Client\\.CreatePayout \\(POST /payouts\\) is retried by backoff\\.RetryWithData"
			FundAccountID: p.FundAccount,
			Amount:        p.AmountMinor,
			Currency:      p.Currency,
			Mode:          "IMPS",
			Purpose:       "vendor bill",
			ReferenceID:   p.ID,
		})
		var se *platform.StatusError
		if errors.As(err, &se) && !platform.Transient(se.Code) {
			return nil, backoff.Permanent(err) // audit: lookalike retrystatus: a 4xx answer stops the backoff; only 5xx/408/429 and network errors go round
		}
		return out, err
	}, backoff.WithContext(bo, ctx))
	if err != nil {
		s.log.Error("settlement: payout", "payout", p.ID, "err", err)
		_ = s.ledger.SetPayoutStatus(ctx, p.ID, "failed", "")
		return
	}
	_ = s.ledger.SetPayoutStatus(ctx, p.ID, res.Status, res.ID)
}
