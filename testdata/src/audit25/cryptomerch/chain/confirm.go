package chain

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// ErrReverted is returned when a transfer was mined but failed.
var ErrReverted = errors.New("chain: transaction reverted")

// Watcher waits for stablecoin settlements to be buried deep enough.
type Watcher struct {
	eth   *ethclient.Client
	depth uint64
	every time.Duration
}

// NewWatcher returns a watcher needing depth confirmations.
func NewWatcher(eth *ethclient.Client, depth uint64) *Watcher {
	return &Watcher{eth: eth, depth: depth, every: 12 * time.Second}
}

// Settled waits until the settlement transfer txHash has enough blocks on top.
func (w *Watcher) Settled(ctx context.Context, txHash string) (*types.Receipt, error) {
	h := common.HexToHash(txHash)
	for { // want "\\[pollbound\\] loop polling payment h has no bound: no ctx\\.Done\\(\\), deadline, attempt cap"
		rcpt, err := w.eth.TransactionReceipt(ctx, h)
		if err != nil {
			slog.Debug("receipt not yet available", "tx", txHash, "err", err)
			time.Sleep(w.every)
			continue
		}
		head, err := w.eth.HeaderByNumber(ctx, nil)
		if err != nil {
			time.Sleep(w.every)
			continue
		}
		if new(big.Int).Sub(head.Number, rcpt.BlockNumber).Uint64() >= w.depth {
			return rcpt, nil
		}
		time.Sleep(w.every)
	}
}

// PayoutLanded waits for a payout transfer to be mined, up to a deadline.
func (w *Watcher) PayoutLanded(ctx context.Context, txHash string, within time.Duration) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, within)
	defer cancel()
	h := common.HexToHash(txHash)
	t := time.NewTicker(w.every)
	defer t.Stop()
	for {
		rcpt, err := w.eth.TransactionReceipt(ctx, h)
		if err == nil {
			if rcpt.Status == types.ReceiptStatusFailed {
				return rcpt, ErrReverted
			}
			return rcpt, nil
		}
		select {
		case <-ctx.Done(): // audit: lookalike pollbound: bounded by the deadline, and a mined receipt exits on success or failure
			return nil, ctx.Err()
		case <-t.C: // audit: lookalike pollinterval: the ticker runs at the 12s block time
		}
	}
}
