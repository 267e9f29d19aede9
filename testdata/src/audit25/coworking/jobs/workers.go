package jobs

import (
	"context"
	"log/slog"
	"time"

	"audit25/coworking/adyenpay"
	"audit25/coworking/bankpay"
	"audit25/coworking/store"
)

// PayoutWorker sends the landlords' monthly revenue share.
type PayoutWorker struct {
	bank    *bankpay.Client
	billing *store.Billing
	every   time.Duration
	log     *slog.Logger
}

func NewPayoutWorker(bank *bankpay.Client, billing *store.Billing, every time.Duration, log *slog.Logger) *PayoutWorker {
	return &PayoutWorker{bank: bank, billing: billing, every: every, log: log}
}

func (w *PayoutWorker) Run(ctx context.Context) {
	t := time.NewTicker(w.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			w.process(ctx)
		}
	}
}

func (w *PayoutWorker) process(ctx context.Context) {
	rows, err := w.billing.PendingPayouts(ctx)
	if err != nil {
		w.log.Error("pending payouts", "err", err)
		return
	}
	for _, p := range rows {
		res, err := w.bank.CreatePayout(ctx, bankpay.PayoutRequest{ // want "\\[idempotency\\] bankpay\\.Client\\.CreatePayout \\(POST /payouts\\) is retried by a worker loop"
			Amount:      p.AmountMinor,
			Currency:    p.Currency,
			IBAN:        p.IBAN,
			Name:        p.LandlordID,
			Reference:   "Revenue share " + p.Period,
			ExternalRef: p.ID,
		})
		if err != nil {
			w.log.Error("payout", "payout", p.ID, "err", err)
			continue
		}
		if err := w.billing.SetPayoutStatus(ctx, p.ID, res.ID, "submitted"); err != nil {
			w.log.Error("payout status", "payout", p.ID, "err", err)
		}
	}
}

// DepositWorker releases the deposits of offices whose tenants moved out
// without damage (ops set release_requested in the back office).
type DepositWorker struct {
	adyen   *adyenpay.Client
	billing *store.Billing
	log     *slog.Logger
}

func NewDepositWorker(adyen *adyenpay.Client, billing *store.Billing, log *slog.Logger) *DepositWorker {
	return &DepositWorker{adyen: adyen, billing: billing, log: log}
}

func (w *DepositWorker) Run(ctx context.Context) {
	t := time.NewTicker(5 * time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		deposits, err := w.billing.DepositsToRelease(ctx)
		if err != nil {
			w.log.Error("deposits", "err", err)
			continue
		}
		for _, d := range deposits {
			if err := w.adyen.ReleaseDeposit(ctx, d.ID, d.PSPRef); err != nil { // audit: lookalike idempotency: a failed release stays release_requested and is sent again next pass, but ReleaseDeposit keys it "release-"+deposit id from the row
				w.log.Error("release deposit", "deposit", d.ID, "err", err)
				continue
			}
			if err := w.billing.SetDepositStatus(ctx, d.ID, "release_sent"); err != nil {
				w.log.Error("deposit status", "deposit", d.ID, "err", err)
			}
		}
	}
}
