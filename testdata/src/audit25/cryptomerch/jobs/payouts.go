// Package jobs runs the shop's background work: payouts, refunds,
// settlement reconciliation, receipts and parcel tracking.
package jobs

import (
	"context"
	"log/slog"
	"time"

	"audit25/cryptomerch/chain"
	"audit25/cryptomerch/store"
)

// ChainPayouts pays creators in USDC.
type ChainPayouts struct {
	payouts  *store.Payouts
	treasury *chain.Treasury
	watcher  *chain.Watcher
	batch    int
}

// NewChainPayouts returns the worker.
func NewChainPayouts(payouts *store.Payouts, treasury *chain.Treasury, watcher *chain.Watcher) *ChainPayouts {
	return &ChainPayouts{payouts: payouts, treasury: treasury, watcher: watcher, batch: 50}
}

// Run works through pending payouts every minute until ctx ends.
func (w *ChainPayouts) Run(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		w.process(ctx, "usdc", w.pay)
		w.process(ctx, "usdc-refund", w.refund)
	}
}

func (w *ChainPayouts) process(ctx context.Context, rail string, send func(context.Context, store.Payout) (string, error)) {
	rows, err := w.payouts.Pending(ctx, rail, w.batch)
	if err != nil {
		slog.Error("payouts: list", "rail", rail, "err", err)
		return
	}
	for _, p := range rows {
		ok, err := w.payouts.Claim(ctx, p.ID)
		if err != nil || !ok {
			continue
		}
		hash, err := send(ctx, p)
		if err != nil {
			slog.Error("payouts: send", "id", p.ID, "err", err)
			continue
		}
		if err := w.payouts.MarkSent(ctx, p.ID, hash); err != nil {
			slog.Error("payouts: mark sent", "id", p.ID, "err", err)
		}
	}
}

func (w *ChainPayouts) pay(ctx context.Context, p store.Payout) (string, error) {
	hash, err := w.treasury.Pay(ctx, p)
	if err != nil {
		return "", err
	}
	go w.confirm(ctx, p.ID, hash)
	return hash, nil
}

// confirm logs once a payout transfer is buried deep enough for support.
func (w *ChainPayouts) confirm(ctx context.Context, id, hash string) {
	rcpt, err := w.watcher.Settled(ctx, hash)
	if err != nil {
		slog.Error("payout confirmation", "id", id, "err", err)
		return
	}
	slog.Info("payout confirmed", "id", id, "block", rcpt.BlockNumber)
}

func (w *ChainPayouts) refund(ctx context.Context, p store.Payout) (string, error) {
	hash, err := w.treasury.Refund(ctx, p) // audit: lookalike idempotency: the row was claimed (pending -> sending) before the send and the refund's nonce is pinned on the row, so a later pass cannot make a second transfer
	if err != nil {
		return "", err
	}
	if _, err := w.watcher.PayoutLanded(ctx, hash, 10*time.Minute); err != nil {
		slog.Warn("refund not mined yet", "id", p.ID, "tx", hash, "err", err)
	}
	return hash, nil
}
